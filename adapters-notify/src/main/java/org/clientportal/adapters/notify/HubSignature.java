package org.clientportal.adapters.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hub's signature of a delivery: HMAC-SHA256, keyed with the shared secret, over the timestamp
 * header, a dot and the body, in lower-case hex (see docs/notification-hub.md).
 */
public final class HubSignature {

    public static final String TIMESTAMP_HEADER = "X-Portal-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Portal-Signature";
    private static final String PREFIX = "sha256=";

    private HubSignature() {
    }

    public static String of(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM signs with HMAC-SHA256", e);
        }
    }

    /** Compared in constant time, as a receiver should. */
    public static boolean matches(String secret, String timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(of(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
