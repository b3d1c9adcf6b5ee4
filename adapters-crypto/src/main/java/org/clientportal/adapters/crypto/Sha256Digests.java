package org.clientportal.adapters.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.clientportal.application.port.Digests;

public final class Sha256Digests implements Digests {

    @Override
    public String sha256(String secret) {
        return HexFormat.of().formatHex(newDigest().digest(secret.getBytes(StandardCharsets.UTF_8)));
    }

    // MessageDigest instances are not thread-safe, and a fresh one costs next to nothing.
    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
