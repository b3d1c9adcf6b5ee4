package org.clientportal.adapters.web;

import io.javalin.http.Context;

/**
 * What the server resolved about a request before any route ran: its request id, the client's
 * address (through trusted proxies) and whether it came over TLS. The pages share the API's server,
 * whose first filters store these as request attributes under these names; the names are that
 * server's, kept in step by the end-to-end tests (a page's writes are audited with its request id).
 */
public final class RequestFacts {

    private static final String REQUEST_ID = "portal.requestId";
    private static final String ADDRESS = "portal.client-address";
    private static final String SECURE = "portal.client-secure";

    private RequestFacts() {
    }

    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "unknown" : id;
    }

    public static String address(Context ctx) {
        String address = ctx.attribute(ADDRESS);
        return address == null ? ctx.req().getRemoteAddr() : address;
    }

    public static boolean secure(Context ctx) {
        Boolean secure = ctx.attribute(SECURE);
        return secure != null ? secure : "https".equalsIgnoreCase(ctx.scheme());
    }
}
