package org.clientportal.application.port;

/**
 * Checks a webhook's signature: HMAC-SHA256, keyed with the shared secret, over the timestamp, a dot
 * and the raw body, as {@code sha256=<lower-case hex>}; compared in constant time.
 */
public interface WebhookSignatures {

    boolean matches(String secret, String timestamp, byte[] body, String signature);
}
