package org.clientportal.adapters.crypto;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.clientportal.application.port.LinkSigner;

/** HMAC-SHA256 with a key of at least 32 bytes, the same on every replica. */
public final class HmacSha256LinkSigner implements LinkSigner {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public HmacSha256LinkSigner(byte[] key) {
        if (key.length < MAC_BYTES) {
            throw new IllegalArgumentException("a link signing key has at least " + MAC_BYTES + " bytes, not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    @Override
    public byte[] sign(byte[] payload) {
        return newMac().doFinal(payload);
    }

    @Override
    public boolean isMacOf(byte[] mac, byte[] payload) {
        return MessageDigest.isEqual(mac, sign(payload));
    }

    // Mac instances are not thread-safe; one per call costs little next to the request it serves.
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every Java platform must provide " + ALGORITHM, e);
        }
    }
}
