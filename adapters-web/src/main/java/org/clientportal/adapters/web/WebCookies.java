package org.clientportal.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookies, the very ones the API sets on sign-in (same names, paths and flags), so a
 * session opened on a page works on the API and the other way round: HttpOnly, SameSite=Lax, Secure
 * over TLS or when forced. The contact's is sent to {@code /portal} only.
 */
public final class WebCookies {

    static final String OPERATOR = "portal_session";
    static final String CONTACT = "portal_contact_session";

    private final boolean alwaysSecure;

    public WebCookies(boolean alwaysSecure) {
        this.alwaysSecure = alwaysSecure;
    }

    public void setOperator(Context ctx, String sessionId) {
        set(ctx, OPERATOR, sessionId, "/", -1);
    }

    public void clearOperator(Context ctx) {
        set(ctx, OPERATOR, "", "/", 0);
    }

    public void setContact(Context ctx, String sessionId) {
        set(ctx, CONTACT, sessionId, "/portal", -1);
    }

    public void clearContact(Context ctx) {
        set(ctx, CONTACT, "", "/portal", 0);
    }

    void set(Context ctx, String name, String value, String path, int maxAge, SameSite sameSite) {
        ctx.cookie(new Cookie(name, value, path, maxAge, alwaysSecure || RequestFacts.secure(ctx), true, null,
                sameSite));
    }

    private void set(Context ctx, String name, String value, String path, int maxAge) {
        set(ctx, name, value, path, maxAge, SameSite.LAX);
    }
}
