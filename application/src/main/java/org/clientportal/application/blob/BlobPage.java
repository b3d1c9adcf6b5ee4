package org.clientportal.application.blob;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a tenant's blobs in key order, and the key to list after for the next one. */
public record BlobPage(List<ListedBlob> blobs, Optional<BlobKey> next) {

    public BlobPage {
        blobs = List.copyOf(blobs);
        Objects.requireNonNull(next, "next");
    }
}
