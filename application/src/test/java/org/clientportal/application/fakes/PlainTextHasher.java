package org.clientportal.application.fakes;

import org.clientportal.application.port.PasswordHasher;

/** A reversible stand-in for bcrypt, fast enough for use-case tests. */
public final class PlainTextHasher implements PasswordHasher {

    @Override
    public String hash(String password) {
        return "plain:" + password;
    }

    @Override
    public boolean matches(String password, String hash) {
        return hash.equals("plain:" + password);
    }

    /** Not of the form {@link #hash} writes, so nothing matches it. */
    @Override
    public String decoy() {
        return "decoy";
    }
}
