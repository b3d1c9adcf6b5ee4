package org.clientportal.adapters.http.web;

import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * HEAD is answered as GET without the body: the GET route runs (authentication, lookups and all),
 * so the status and headers are the ones GET would send — 401 and 404 problems included — and a
 * path without GET answers 405. The connection still knows the request was HEAD and sends no body.
 * (Left to itself, Javalin answers 200 to HEAD on any path that has a GET, running nothing.)
 */
public final class HeadAsGet extends Handler.Wrapper {

    private static final String ORIGINAL_METHOD = "portal.method";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!HttpMethod.HEAD.is(request.getMethod())) {
            return super.handle(request, response, callback);
        }
        request.setAttribute(ORIGINAL_METHOD, HttpMethod.HEAD.asString());
        return super.handle(new Request.Wrapper(request) {
            @Override
            public String getMethod() {
                return HttpMethod.GET.asString();
            }
        }, response, callback);
    }

    /** The method the caller sent, for logs and refusals: HEAD where the routes saw GET. */
    public static String method(Context ctx) {
        Object original = ctx.attribute(ORIGINAL_METHOD);
        return original instanceof String method ? method : ctx.method().name();
    }
}
