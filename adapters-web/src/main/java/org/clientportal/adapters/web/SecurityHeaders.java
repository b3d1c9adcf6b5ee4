package org.clientportal.adapters.web;

import io.javalin.http.Context;

/**
 * The headers every page and asset carries. The policy admits scripts, styles and requests from this
 * server only and no inline script or style at all, so text that reached a page cannot run there;
 * no other site may frame a page; pages holding someone's data are never cached.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {
    }

    static void onPage(Context ctx) {
        common(ctx);
        ctx.header("Cache-Control", "no-store");
    }

    static void onAsset(Context ctx) {
        common(ctx);
        ctx.header("Cache-Control", "public, max-age=3600");
    }

    private static void common(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
    }
}
