package org.clientportal.application.port;

/** One-way, salted, deliberately slow password hashing. */
public interface PasswordHasher {

    String hash(String password);

    /** Compares without leaking timing; a malformed hash simply does not match. */
    boolean matches(String password, String hash);
}
