package org.clientportal.application.port;

/** Unguessable random strings for session ids, CSRF tokens and API key secrets. */
public interface SecretSource {

    /** A URL-safe string carrying the given number of random bytes. */
    String token(int bytes);
}
