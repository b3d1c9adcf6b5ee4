package org.clientportal.adapters.http.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Receives a request's body before a route runs, without holding a thread while it arrives: route
 * handlers read bodies blocking, so a client that announces a body and sends it slowly, or never,
 * would otherwise hold a server thread until the idle timeout — a few hundred of them stop the API.
 * <ul>
 * <li>A declared Content-Length over the limit is refused with 413 at once, before any of the body.</li>
 * <li>A body (declared or chunked) that grows over the limit is refused with 413.</li>
 * <li>A body not complete within the body timeout after its headers is answered 408.</li>
 * <li>A body cut short (the client closed its side early) is the caller's fault: 400 {@code body-incomplete}.</li>
 * </ul>
 * Each refusal logs one line and closes the connection, after a {@link LingeringClose} so that a
 * client still sending its body reads the answer. Complete bodies are handed on in memory; bodies
 * have at most the limit's size, so the route sees exactly what it would have read.
 *
 * <p>Uploads ({@link UploadPaths}) are the exception: a file may be far larger than any JSON body,
 * and is never to be held in memory, so their bodies are handed on unread, for the route to stream;
 * only a declared length over {@link UploadPaths#MAX_BODY_BYTES} is refused here.
 */
public final class BodyReception extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(BodyReception.class);

    private final long maxBodyBytes;
    private final long timeoutMillis;
    private final UploadPaths uploads;
    private final JettyReplies replies;

    public BodyReception(long maxBodyBytes, Duration timeout, UploadPaths uploads, JettyReplies replies) {
        this.maxBodyBytes = maxBodyBytes;
        this.timeoutMillis = timeout.toMillis();
        this.uploads = uploads;
        this.replies = replies;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler next = getHandler();
        if (next == null) {
            return false;
        }
        long declared = request.getLength();
        boolean upload = uploads.matches(request.getMethod(), request.getHttpURI().getPath());
        long limit = upload ? UploadPaths.MAX_BODY_BYTES : maxBodyBytes;
        if (declared > limit) {
            // A client waiting for 100 Continue sends no body, and reading would invite it to.
            Callback then = request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())
                    ? callback : LingeringClose.after(request, callback);
            refuse(request, response, then, tooLarge(limit), "declared a body of " + declared + " bytes");
            return true;
        }
        if (upload) {
            return next.handle(request, response, callback);
        }
        boolean bodyFollows = declared > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (!bodyFollows) {
            return next.handle(request, response, callback);
        }
        new Reception(next, request, response, callback, declared).start();
        return true;
    }

    private static Problem tooLarge(long limit) {
        return Refusals.of(413, "The request body may be at most " + limit + " bytes");
    }

    /** Answers with the problem, then completes {@code then}; the connection carries no further request. */
    private void refuse(Request request, Response response, Callback then, Problem problem, String why) {
        String path = request.getHttpURI().getPath();
        MDC.put(RequestIds.MDC_KEY, JettyReplies.requestId(request, response));
        try {
            LOG.info("{} {} {} {}: the client {}", request.getMethod(), path, problem.status(), problem.code(), why);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
        // What is left of the body is not worth receiving to keep the connection for another request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        replies.write(request, response, then, problem, path);
    }

    /** One body on its way in; ends exactly once, by handing the request on or by a refusal. */
    private final class Reception implements Invocable.Task {

        private final Handler next;
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long declared;
        private final ByteArrayOutputStream received;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Scheduler.Task deadline;

        Reception(Handler next, Request request, Response response, Callback callback, long declared) {
            this.next = next;
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.declared = declared;
            this.received = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        }

        void start() {
            deadline = request.getComponents().getScheduler().schedule(this::tooSlow, timeoutMillis, TimeUnit.MILLISECONDS);
            receive(false);
        }

        /** More of the body has arrived (or the connection failed). */
        @Override
        public void run() {
            receive(true);
        }

        /** Reading and copying never block; the route itself runs on a pool thread. */
        @Override
        public InvocationType getInvocationType() {
            return InvocationType.NON_BLOCKING;
        }

        private void receive(boolean onDemand) {
            while (!ended.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                boolean overLimit = received.size() + (long) bytes.remaining() > maxBodyBytes;
                if (!overLimit) {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    received.writeBytes(copy);
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (overLimit) {
                    end(tooLarge(maxBodyBytes), "sent a body of more than " + maxBodyBytes + " bytes");
                    return;
                }
                if (last) {
                    proceed(onDemand);
                    return;
                }
            }
        }

        private void failed(Throwable failure) {
            if (failure instanceof TimeoutException) {
                end(Refusals.of(408, "The request body stopped arriving; send it without pausing"),
                        "stopped sending its body (idle timeout) after " + progress());
            } else if (failure instanceof HttpException http && !(failure instanceof EofException)) {
                end(Refusals.of(http.getCode(), http.getCode() == 400
                                ? "The request body is not well-formed (its chunked encoding)" : null),
                        "sent a body the server cannot read after " + progress());
            } else {
                end(Refusals.bodyIncomplete(declared > 0
                                ? "The body ended after " + received.size() + " of the " + declared
                                  + " bytes its Content-Length announced"
                                : "The body ended before its last chunk"),
                        "closed its side after " + progress());
            }
        }

        private void tooSlow() {
            if (ended.compareAndSet(false, true)) {
                // Wakes the demand still pending, which finds the reception ended; a body this slow
                // is not waited for any longer, so the connection closes without lingering.
                request.fail(new TimeoutException("body timeout"));
                refuse(request, response, callback,
                        Refusals.of(408, "The request body did not arrive within " + timeoutMillis / 1000 + " s"),
                        "took too long to send its body: " + progress() + " in " + timeoutMillis + " ms");
            }
        }

        private String progress() {
            return received.size() + (declared > 0 ? " of " + declared : "") + " bytes";
        }

        private void end(Problem problem, String why) {
            if (ended.compareAndSet(false, true)) {
                cancelDeadline();
                refuse(request, response, LingeringClose.after(request, callback), problem, why);
            }
        }

        private void proceed(boolean onDemand) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            cancelDeadline();
            Request complete = new ReceivedBody(request, received.toByteArray());
            if (onDemand) {
                // Called back where blocking is not allowed: the route runs on a pool thread.
                request.getContext().execute(() -> handleNext(complete));
            } else {
                handleNext(complete);
            }
        }

        private void handleNext(Request complete) {
            try {
                if (!next.handle(complete, response, callback)) {
                    Response.writeError(complete, response, callback, 404);
                }
            } catch (Throwable failure) {
                Response.writeError(complete, response, callback, failure);
            }
        }

        private void cancelDeadline() {
            Scheduler.Task task = deadline;
            if (task != null) {
                task.cancel();
            }
        }
    }

    /** The request with its body already here: reads answer it at once, never blocking. */
    private static final class ReceivedBody extends Request.Wrapper {

        private Content.Chunk rest;

        ReceivedBody(Request request, byte[] body) {
            super(request);
            this.rest = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk chunk = rest;
            rest = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public synchronized boolean consumeAvailable() {
            rest = Content.Chunk.EOF;
            return true;
        }
    }
}
