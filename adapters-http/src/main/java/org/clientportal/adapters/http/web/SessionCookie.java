package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * A session cookie: HttpOnly (no script reads it), SameSite=Lax, Secure when served over TLS.
 * Operators and contacts each have their own, by name and path, so that one browser can hold
 * both and neither is ever taken for the other.
 */
public final class SessionCookie {

    public static final String OPERATOR = "portal_session";
    public static final String CONTACT = "portal_contact_session";

    private final String name;
    private final String path;
    private final boolean alwaysSecure;

    private SessionCookie(String name, String path, boolean alwaysSecure) {
        this.name = name;
        this.path = path;
        this.alwaysSecure = alwaysSecure;
    }

    /** {@code alwaysSecure}: mark the cookie Secure even on a request that did not come over TLS. */
    public static SessionCookie forOperators(boolean alwaysSecure) {
        return new SessionCookie(OPERATOR, "/", alwaysSecure);
    }

    /** Sent only to the portal's own routes. */
    public static SessionCookie forContacts(boolean alwaysSecure) {
        return new SessionCookie(CONTACT, "/portal", alwaysSecure);
    }

    public void set(Context ctx, String sessionId) {
        ctx.cookie(new Cookie(name, sessionId, path, -1, secure(ctx), true, null, SameSite.LAX));
    }

    public void clear(Context ctx) {
        ctx.cookie(new Cookie(name, "", path, 0, secure(ctx), true, null, SameSite.LAX));
    }

    /** Secure whenever the request came over TLS (directly or via a trusted proxy), or when forced. */
    private boolean secure(Context ctx) {
        return alwaysSecure || ClientOrigin.isSecure(ctx);
    }
}
