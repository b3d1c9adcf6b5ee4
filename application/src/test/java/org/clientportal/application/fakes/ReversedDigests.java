package org.clientportal.application.fakes;

import org.clientportal.application.port.Digests;

/** A deterministic stand-in for SHA-256 in use-case tests. */
public final class ReversedDigests implements Digests {

    @Override
    public String sha256(String secret) {
        return "digest:" + new StringBuilder(secret).reverse();
    }
}
