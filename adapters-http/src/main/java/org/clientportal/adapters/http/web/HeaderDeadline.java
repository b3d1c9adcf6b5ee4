package org.clientportal.adapters.http.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Bounds the time a request line and headers may take to arrive, from their first byte. Jetty has
 * only an idle timeout, which a client trickling a byte every few seconds never trips; such a
 * connection is answered 408 (problem+json) and closed once the header timeout has passed.
 * A connection that sends nothing at all is left to the idle timeout.
 * <p>Registered on the connector; it watches each HTTP/1.1 connection through Jetty's parser state
 * (public, though in Jetty's {@code internal} package), checking when the deadline can have passed.
 */
public final class HeaderDeadline implements Connection.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

    private final long timeoutNanos;
    private final Problem problem;
    private final JettyReplies replies;

    public HeaderDeadline(Duration timeout, JettyReplies replies) {
        this.timeoutNanos = timeout.toNanos();
        this.problem = Refusals.of(408, "The request headers did not arrive within " + timeout.toSeconds() + " s");
        this.replies = replies;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            new Watch(http).checkIn(timeoutNanos);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        // a watch ends by itself at its next check
    }

    /** Checks one connection whenever the headers it is receiving could be overdue. */
    private final class Watch implements Runnable {

        private final HttpConnection connection;

        Watch(HttpConnection connection) {
            this.connection = connection;
        }

        void checkIn(long nanos) {
            connection.getConnector().getScheduler().schedule(this, Math.max(nanos, 1_000_000), TimeUnit.NANOSECONDS);
        }

        @Override
        public void run() {
            EndPoint endPoint = connection.getEndPoint();
            if (!endPoint.isOpen()) {
                return;
            }
            HttpParser parser = connection.getParser();
            boolean receivingHeaders = parser.inHeaderState() && !parser.isStart();
            if (!receivingHeaders) {
                // Idle, or a request is being handled: its next request starts at the earliest now.
                checkIn(timeoutNanos / 2);
                return;
            }
            long left = timeoutNanos - NanoTime.since(parser.getBeginNanoTime());
            if (left > 0) {
                checkIn(left);
                return;
            }
            String requestId = RequestIds.idFor(null);
            MDC.put(RequestIds.MDC_KEY, requestId);
            try {
                LOG.info("Closed a connection from {}: 408 request-timeout, its request headers took longer than {} ms",
                        endPoint.getRemoteSocketAddress(), TimeUnit.NANOSECONDS.toMillis(timeoutNanos));
            } finally {
                MDC.remove(RequestIds.MDC_KEY);
            }
            endPoint.write(Callback.from(endPoint::close, endPoint::close), replies.rawAnswer(problem, requestId));
        }
    }
}
