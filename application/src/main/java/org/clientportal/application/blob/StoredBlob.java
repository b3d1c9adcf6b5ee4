package org.clientportal.application.blob;

import java.util.Objects;
import java.util.regex.Pattern;

/** A blob as written: its size in bytes and the lower-case hex SHA-256 of its content. */
public record StoredBlob(BlobKey key, long size, String sha256) {

    private static final Pattern HEX_SHA_256 = Pattern.compile("[0-9a-f]{64}");

    public StoredBlob {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sha256, "sha256");
        if (size < 0) {
            throw new IllegalArgumentException("a size is never negative");
        }
        if (!HEX_SHA_256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits");
        }
    }
}
