package org.clientportal.adapters.crypto;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.clientportal.application.port.PasswordHasher;

/**
 * bcrypt ($2a$). Only the first 72 bytes of a password count, as in every bcrypt; the library's
 * default would throw on longer ones, so they are truncated the same way when hashing and verifying.
 */
public final class BcryptPasswordHasher implements PasswordHasher {

    public static final int DEFAULT_COST = 11;

    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.truncate(VERSION);
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 23;

    private final SecureRandom random = new SecureRandom();

    private final int cost;

    public BcryptPasswordHasher(int cost) {
        if (cost < BCrypt.MIN_COST || cost > BCrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost must be between " + BCrypt.MIN_COST
                    + " and " + BCrypt.MAX_COST + ", was " + cost);
        }
        this.cost = cost;
    }

    @Override
    public String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(cost, password.toCharArray());
    }

    /**
     * A well-formed hash of this cost with a random salt and a random digest, written by the library's own
     * formatter: checking a password against it runs the full key schedule, as against a real one.
     */
    @Override
    public String decoy() {
        byte[] salt = new byte[SALT_BYTES];
        byte[] digest = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(digest);
        byte[] message = VERSION.formatter.createHashMessage(new BCrypt.HashData(cost, VERSION, salt, digest));
        return new String(message, StandardCharsets.UTF_8);
    }

    /**
     * The library compares in constant time and reports most malformed hashes as not verified; it throws
     * on an empty hash or an impossible cost, which do not match either.
     */
    @Override
    public boolean matches(String password, String hash) {
        try {
            return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.toCharArray(), hash).verified;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
