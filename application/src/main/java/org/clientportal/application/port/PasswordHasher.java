package org.clientportal.application.port;

/** One-way, salted, deliberately slow password hashing. */
public interface PasswordHasher {

    String hash(String password);

    /** Compares without leaking timing; a malformed hash simply does not match. */
    boolean matches(String password, String hash);

    /**
     * A hash that no password matches and that takes as long to check as {@link #hash}'s do, made
     * without hashing anything: checked when no account matched, so that both paths take as long.
     */
    String decoy();
}
