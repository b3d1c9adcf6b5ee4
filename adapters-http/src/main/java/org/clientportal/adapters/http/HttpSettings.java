package org.clientportal.adapters.http;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.clientportal.adapters.http.web.AddressRange;

/**
 * How the API is served.
 * <ul>
 * <li>{@code secureCookies}: mark the session cookie Secure (behind TLS).</li>
 * <li>{@code maxBodyBytes}: a larger body is refused with 413; one that declares a larger
 *     Content-Length is refused before any of it is read.</li>
 * <li>{@code headerTimeout}: a request line and headers that take longer to arrive are answered 408.</li>
 * <li>{@code bodyTimeout}: a body that takes longer to arrive after its headers is answered 408.</li>
 * <li>{@code idleTimeout}: a connection on which nothing moves for this long is closed.</li>
 * <li>{@code maxThreads}: the most threads serving requests at once. Bodies are received before a
 *     request takes a thread, so slow or stalled clients hold none; uploads, which stream, are the
 *     exception, and may hold at most a quarter of them ({@link org.clientportal.adapters.http.web.UploadPaths}).</li>
 * <li>{@code corsOrigins}: exact origins ({@code https://app.example.com}) whose browser pages may
 *     call the API with credentials; empty, no cross-origin access.</li>
 * <li>{@code trustedProxies}: the reverse proxies whose {@code X-Forwarded-For} and
 *     {@code X-Forwarded-Proto} are believed; empty, the socket's address is the client's.</li>
 * </ul>
 */
public record HttpSettings(boolean secureCookies, long maxBodyBytes, Duration headerTimeout, Duration bodyTimeout,
                           Duration idleTimeout, int maxThreads, Set<String> corsOrigins,
                           List<AddressRange> trustedProxies) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;
    public static final Duration DEFAULT_HEADER_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_BODY_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** Enough for the blocking work a request does (PostgreSQL, Redis, bcrypt) on a small machine. */
    public static final int DEFAULT_MAX_THREADS = 50;
    /** Jetty itself keeps an acceptor, selectors and a few reserved threads out of the pool. */
    public static final int MIN_MAX_THREADS = 16;

    public HttpSettings {
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        requirePositive(headerTimeout, "headerTimeout");
        requirePositive(bodyTimeout, "bodyTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        if (maxThreads < MIN_MAX_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MIN_MAX_THREADS);
        }
        corsOrigins = Set.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
    }

    public static HttpSettings defaults() {
        return new HttpSettings(false, DEFAULT_MAX_BODY_BYTES, DEFAULT_HEADER_TIMEOUT, DEFAULT_BODY_TIMEOUT,
                DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_THREADS, Set.of(), List.of());
    }

    private static void requirePositive(Duration duration, String name) {
        if (Objects.requireNonNull(duration, name).isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
