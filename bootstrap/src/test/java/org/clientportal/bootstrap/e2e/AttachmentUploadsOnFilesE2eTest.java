package org.clientportal.bootstrap.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.clientportal.adapters.files.FileSystemBlobStore;
import org.clientportal.application.port.BlobStore;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The uploads contract on the default store: a directory of the file system. */
class AttachmentUploadsOnFilesE2eTest extends AttachmentUploadsContract {

    private static final Path FILES = temporaryDirectory();

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HTTP_MAX_THREADS", "16")
            .with("PORTAL_FILES_DIR", FILES.toString());

    @Override
    PortalUnderTest portal() {
        return PORTAL;
    }

    @Override
    BlobStore store() {
        return new FileSystemBlobStore(FILES);
    }

    @AfterAll
    static void removeTheFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(FILES)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("portal-uploads-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
