package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/** The admin session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure when served over TLS. */
public final class SessionCookie {

    public static final String NAME = "portal_session";

    private final boolean secure;

    public SessionCookie(boolean secure) {
        this.secure = secure;
    }

    public void set(Context ctx, String sessionId) {
        ctx.cookie(new Cookie(NAME, sessionId, "/", -1, secure, true, null, SameSite.LAX));
    }

    public void clear(Context ctx) {
        ctx.cookie(new Cookie(NAME, "", "/", 0, secure, true, null, SameSite.LAX));
    }

    public static String read(Context ctx) {
        return ctx.cookie(NAME);
    }
}
