package org.clientportal.application.fakes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.clientportal.application.port.WebhookSignatures;

/** Not an HMAC (good enough for tests): a signature is the secret, the timestamp and the body, joined. */
public final class PlainWebhookSignatures implements WebhookSignatures {

    public static String sign(String secret, String timestamp, byte[] body) {
        return "plain=" + secret + "|" + timestamp + "|" + new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean matches(String secret, String timestamp, byte[] body, String signature) {
        return Arrays.equals(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
