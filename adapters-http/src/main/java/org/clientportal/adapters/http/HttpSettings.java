package org.clientportal.adapters.http;

/**
 * How the API is served. {@code secureCookies}: mark the session cookie Secure (behind TLS).
 * {@code maxBodyBytes}: larger JSON bodies are refused with 413.
 */
public record HttpSettings(boolean secureCookies, long maxBodyBytes) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;

    public static HttpSettings defaults() {
        return new HttpSettings(false, DEFAULT_MAX_BODY_BYTES);
    }
}
