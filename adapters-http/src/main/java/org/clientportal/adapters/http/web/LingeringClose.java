package org.clientportal.adapters.http.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Once a refusal has been written, reads and discards what the client still sends of its body,
 * then lets the connection close. Closing with unread bytes makes the kernel reset the connection,
 * and a client still writing its body then fails on the write, or loses the answer waiting in its
 * buffers, instead of reading the refusal (RFC 9112 §9.6). Jetty has no setting for this: its
 * unconsumed-content reads only take what has already arrived. Reading waits on demand, holding
 * no thread; bounded in time and bytes, so a refused client costs little more than before.
 */
final class LingeringClose implements Invocable.Task {

    /** Enough for a client on an ordinary link to finish a body a few times the limit and read the answer. */
    static final Duration MAX_WAIT = Duration.ofSeconds(2);
    /** A fast client is cut off after this much: receiving more of a refused body is not worth it. */
    static final long MAX_BYTES = 4_000_000;

    private final Request request;
    private final Callback done;
    private final Scheduler.Task deadline;
    private long discarded;

    private LingeringClose(Request request, Callback done, Scheduler.Task deadline) {
        this.request = request;
        this.done = done;
        this.deadline = deadline;
    }

    /** Completes {@code done} once the written answer has been followed by a lingering close. */
    static Callback after(Request request, Callback done) {
        return Callback.from(Invocable.InvocationType.NON_BLOCKING, () -> start(request, done), done::failed);
    }

    private static void start(Request request, Callback done) {
        // Failing the request wakes a pending demand with the failure, which ends the reading.
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(
                () -> request.fail(new TimeoutException("lingering close over")), MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        new LingeringClose(request, done, deadline).run();
    }

    @Override
    public void run() {
        while (true) {
            Content.Chunk chunk = request.read();
            if (chunk == null) {
                request.demand(this);
                return;
            }
            discarded += chunk.remaining();
            boolean over = chunk.isLast() || discarded > MAX_BYTES;
            chunk.release();
            if (over) {
                deadline.cancel();
                done.succeeded();
                return;
            }
        }
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }
}
