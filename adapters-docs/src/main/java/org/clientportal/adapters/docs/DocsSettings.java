package org.clientportal.adapters.docs;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where Klevar Docs' API is (the base URL, e.g. {@code http://127.0.0.1:7272}), how long one request
 * may take, and how calls retry and break: {@code attempts} tries per call while Docs is down or too
 * slow, waiting {@code firstWait} and then longer (with jitter); after half of the last 10 calls
 * failed, no call is tried for {@code openFor}. The API key is not here: each agency has its own.
 */
public record DocsSettings(URI url, Duration timeout, int attempts, Duration firstWait, Duration openFor) {

    // A pull is an operator waiting: a slow Docs costs them at most about two tries of three seconds.
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);
    public static final int DEFAULT_ATTEMPTS = 2;
    public static final Duration DEFAULT_FIRST_WAIT = Duration.ofMillis(300);
    public static final Duration DEFAULT_OPEN_FOR = Duration.ofSeconds(30);

    public DocsSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(firstWait, "firstWait");
        Objects.requireNonNull(openFor, "openFor");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme()) || url.getHost() == null) {
            throw new IllegalArgumentException("Klevar Docs' URL must be an http or https address with a host");
        }
        if (url.getQuery() != null || url.getFragment() != null) {
            throw new IllegalArgumentException("Klevar Docs' URL is a base: no query, no fragment");
        }
        if (timeout.isNegative() || timeout.isZero() || firstWait.isNegative() || firstWait.isZero()
                || openFor.isNegative() || openFor.isZero()) {
            throw new IllegalArgumentException("Klevar Docs' timeout, first wait and open time must be positive");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("a call to Klevar Docs is tried at least once");
        }
    }

    public static DocsSettings of(URI url) {
        return new DocsSettings(url, DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_FIRST_WAIT, DEFAULT_OPEN_FOR);
    }
}
