package org.clientportal.application.port;

/** Fast one-way digests for high-entropy secrets (API keys), looked up by index. */
public interface Digests {

    /** Lower-case hex SHA-256 of the UTF-8 bytes. */
    String sha256(String secret);
}
