package org.clientportal.adapters.http.web;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The servlet container's own refusals (a broken request line, an illegal character in a header,
 * headers too large, an HTTP version it does not speak) reach clients as problem+json too, for
 * every method, in our own words ({@link Refusals}) and with a request id like every other answer.
 * Jetty's reason is logged, never sent.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final JettyReplies replies;

    public ProblemErrorHandler(JettyReplies replies) {
        this.replies = replies;
    }

    /** Jetty writes no body for methods other than GET, POST and HEAD; every answer here has one. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Problem problem = Refusals.of(code);
        // A request Jetty could not parse has a method and path of Jetty's making ("/badMessage"): no instance.
        boolean unparsed = cause instanceof HttpException;
        String path = unparsed ? null : request.getHttpURI().getPath();
        MDC.put(RequestIds.MDC_KEY, JettyReplies.requestId(request, response));
        try {
            if (unparsed) {
                LOG.info("Refused a request the server could not read: {} {} ({})", problem.status(), problem.code(), message);
            } else {
                LOG.info("{} {} {} {} ({})", request.getMethod(), path, problem.status(), problem.code(), message);
            }
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        if (unparsed) {
            // Jetty closes a connection it could not read a request from; say so, or a client that
            // keeps connections alive sends its next request down a closed one.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        replies.write(request, response, callback, problem, path);
    }
}
