package org.clientportal.application.fakes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.clientportal.application.port.LinkSigner;

/** A keyed SHA-256 (not an HMAC, good enough for tests): different keys sign differently. */
public final class Sha256LinkSigner implements LinkSigner {

    private final byte key;

    public Sha256LinkSigner(int key) {
        this.key = (byte) key;
    }

    @Override
    public boolean isMacOf(byte[] mac, byte[] payload) {
        return MessageDigest.isEqual(mac, sign(payload));
    }

    @Override
    public byte[] sign(byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(key);
            return digest.digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
