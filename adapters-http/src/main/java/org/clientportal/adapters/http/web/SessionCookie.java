package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The admin session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure when served over TLS. */
public final class SessionCookie {

    public static final String NAME = "portal_session";

    private final boolean alwaysSecure;

    /** {@code alwaysSecure}: mark the cookie Secure even on a request that did not come over TLS. */
    public SessionCookie(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    public void set(Context ctx, String sessionId) {
        ctx.cookie(new Cookie(NAME, sessionId, "/", -1, secure(ctx), true, null, SameSite.LAX));
    }

    public void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }

    /** Secure whenever the request came over TLS (directly or via a trusted proxy), or when forced. */
    private boolean secure(Context ctx) {
        return alwaysSecure || ClientOrigin.isSecure(ctx);
    }

    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }
}
