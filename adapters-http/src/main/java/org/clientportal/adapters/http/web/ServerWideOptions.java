package org.clientportal.adapters.http.web;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code OPTIONS *} asks about the server as a whole (RFC 9110, 9.3.7): answered 204 with the
 * methods the API uses and a request id, instead of the empty 404 Jetty gives a target that no
 * context serves.
 */
public final class ServerWideOptions extends Handler.Wrapper {

    static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.OPTIONS.is(request.getMethod()) || !"*".equals(request.getHttpURI().getPath())) {
            return super.handle(request, response, callback);
        }
        JettyReplies.requestId(request, response);
        response.getHeaders().put(HttpHeader.ALLOW, ALLOW);
        response.setStatus(HttpStatus.NO_CONTENT_204);
        callback.succeeded();
        return true;
    }
}
