package org.clientportal.adapters.http.web;

import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets browser pages on the configured origins (PORTAL_CORS_ORIGINS, exact matches) call the API
 * with their cookies: preflights are answered here, and every answer to such a page — the
 * server's own refusals included — names the origin, allows credentials and exposes the headers a
 * client needs. Any other origin gets no Access-Control-* header at all. Outermost handler, so it
 * sees every request that was parsed.
 */
public final class CrossOrigin extends Handler.Wrapper {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, X-CSRF-Token, Idempotency-Key, If-Match, X-Request-Id";
    static final String EXPOSED_HEADERS = "ETag, X-Request-Id, Idempotent-Replayed, Retry-After, Location";
    private static final String MAX_AGE_SECONDS = "600";

    private final Set<String> origins;

    public CrossOrigin(Set<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (origins.isEmpty()) {
            return super.handle(request, response, callback);
        }
        // Answers differ by origin, so caches must keep them apart.
        response.getHeaders().add(HttpHeader.VARY, HttpHeader.ORIGIN.asString());
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null || !origins.contains(origin)) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        if (isPreflight(request)) {
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            response.getHeaders().add(HttpHeader.VARY, "Access-Control-Request-Method, Access-Control-Request-Headers");
            JettyReplies.requestId(request, response);
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED_HEADERS);
        return super.handle(request, response, callback);
    }

    private static boolean isPreflight(Request request) {
        return HttpMethod.OPTIONS.is(request.getMethod())
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    }
}
