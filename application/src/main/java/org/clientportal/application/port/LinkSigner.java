package org.clientportal.application.port;

/**
 * Signs what a link carries with a secret key that every replica shares, so that a link issued by
 * one is honoured by all.
 */
public interface LinkSigner {

    /** How long every MAC is. */
    int MAC_BYTES = 32;

    /** The MAC of the payload, {@link #MAC_BYTES} long. */
    byte[] sign(byte[] payload);

    /** Whether the MAC is the payload's, compared in constant time so that timing tells a forger nothing. */
    boolean isMacOf(byte[] mac, byte[] payload);
}
