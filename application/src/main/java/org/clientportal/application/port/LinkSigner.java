package org.clientportal.application.port;

/**
 * Signs what a link carries with a secret key that every replica shares, so that a link issued by
 * one is honoured by all. The signature is a fixed-length MAC; checking it is the caller's.
 */
public interface LinkSigner {

    /** The MAC of the payload, always {@link #MAC_BYTES} long. */
    byte[] sign(byte[] payload);

    int MAC_BYTES = 32;
}
