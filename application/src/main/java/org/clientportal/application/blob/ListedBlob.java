package org.clientportal.application.blob;

import java.time.Instant;
import java.util.Objects;

/** A blob found in a store, with when it was written (by the store's clock). */
public record ListedBlob(BlobKey key, Instant writtenAt) {

    public ListedBlob {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(writtenAt, "writtenAt");
    }
}
