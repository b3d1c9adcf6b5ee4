package org.clientportal.bootstrap;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.adapters.files.FileSystemBlobStore;
import org.clientportal.adapters.files.S3BlobStore;
import org.clientportal.adapters.files.S3Settings;
import org.clientportal.application.port.BlobStore;

/** Where file content is kept: the S3-compatible store when a bucket is set, else the local directory. */
record FileStoreSettings(Path directory, Optional<S3Settings> s3) {

    static final Path DEFAULT_DIRECTORY = Path.of("data", "files");

    FileStoreSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(s3, "s3");
    }

    /** The store these settings name; an S3 store holds a client to be closed with it. */
    BlobStore open() {
        return s3.<BlobStore>map(S3BlobStore::open).orElseGet(() -> new FileSystemBlobStore(directory));
    }
}
