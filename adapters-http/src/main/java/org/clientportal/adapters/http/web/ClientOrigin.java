package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * Who is really on the other end, and whether they came over TLS. Behind a reverse proxy the socket
 * shows the proxy: only when the socket's address is one of the trusted proxies are
 * {@code X-Forwarded-For} (read from the right, skipping trusted hops) and {@code X-Forwarded-Proto}
 * believed; from anyone else they are ignored, so a client cannot pick its own address for the rate
 * limits. Resolved once per request, before any route runs.
 */
public final class ClientOrigin {

    private static final String ADDRESS = "portal.client-address";
    private static final String SECURE = "portal.client-secure";

    private final List<AddressRange> trustedProxies;

    public ClientOrigin(List<AddressRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public void resolve(Context ctx) {
        String socket = ctx.req().getRemoteAddr();
        boolean viaProxy = isTrusted(socket);
        ctx.attribute(ADDRESS, viaProxy ? forwardedFor(ctx.header("X-Forwarded-For"), socket) : socket);
        ctx.attribute(SECURE, "https".equalsIgnoreCase(ctx.scheme())
                || viaProxy && "https".equalsIgnoreCase(lastValue(ctx.header("X-Forwarded-Proto"))));
    }

    /** The client's address: the socket's, or the one a trusted proxy forwarded. */
    public static String address(Context ctx) {
        String address = ctx.attribute(ADDRESS);
        return address == null ? ctx.req().getRemoteAddr() : address;
    }

    /** Whether the client reached us over TLS, directly or through a trusted proxy that says so. */
    public static boolean isSecure(Context ctx) {
        Boolean secure = ctx.attribute(SECURE);
        return secure != null ? secure : "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The right-most hop that is not one of our proxies; when every hop is, the left-most. */
    private String forwardedFor(String header, String socket) {
        if (header == null || header.isBlank()) {
            return socket;
        }
        String[] hops = header.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip().isEmpty() ? socket : hops[0].strip();
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static String lastValue(String header) {
        if (header == null) {
            return "";
        }
        String[] values = header.split(",");
        return values[values.length - 1].strip();
    }
}
