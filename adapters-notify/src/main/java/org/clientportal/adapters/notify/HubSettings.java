package org.clientportal.adapters.notify;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the Notification Hub listens, the secret shared with it (every event is signed with it), how
 * long one try may take, and how the sender retries and breaks: {@code attempts} tries per send,
 * waiting {@code firstWait} and then longer (with jitter); after half of the last 10 sends failed,
 * no send is tried for {@code openFor}.
 */
public record HubSettings(URI url, String secret, Duration timeout, int attempts, Duration firstWait,
                          Duration openFor) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    public static final int DEFAULT_ATTEMPTS = 3;
    public static final Duration DEFAULT_FIRST_WAIT = Duration.ofMillis(500);
    public static final Duration DEFAULT_OPEN_FOR = Duration.ofSeconds(30);
    public static final int SECRET_MIN = 16;

    public HubSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(firstWait, "firstWait");
        Objects.requireNonNull(openFor, "openFor");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the hub's URL must be http or https");
        }
        if (secret.length() < SECRET_MIN) {
            throw new IllegalArgumentException("the hub's secret must be at least " + SECRET_MIN + " characters");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("a send is tried at least once");
        }
    }

    public static HubSettings of(URI url, String secret) {
        return new HubSettings(url, secret, DEFAULT_TIMEOUT, DEFAULT_ATTEMPTS, DEFAULT_FIRST_WAIT, DEFAULT_OPEN_FOR);
    }
}
