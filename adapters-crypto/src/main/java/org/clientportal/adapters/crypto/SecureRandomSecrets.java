package org.clientportal.adapters.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import org.clientportal.application.port.SecretSource;

public final class SecureRandomSecrets implements SecretSource {

    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Override
    public String token(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("A token needs at least one random byte");
        }
        byte[] secret = new byte[bytes];
        random.nextBytes(secret);
        return URL_SAFE.encodeToString(secret);
    }
}
