package org.clientportal.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.contract.BlobStoreContract;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {

    @TempDir
    Path root;

    @Override
    protected BlobStore store() {
        return new FileSystemBlobStore(root.resolve("files"));
    }

    @Test
    void aBlob_isTheFileNamedByTenantAndKey_andNoPartialFileStaysBeside() throws IOException {
        TenantId tenant = newTenant();
        byte[] content = bytes(70_000);

        store.put(tenant, new BlobKey("report"), new ByteArrayInputStream(content), 100_000);

        Path directory = root.resolve("files").resolve(tenant.value().toString());
        assertThat(Files.readAllBytes(directory.resolve("report"))).isEqualTo(content);
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files).containsExactly(directory.resolve("report"));
        }
    }

    @Test
    void aPartialFileADeadProcessLeft_isNeverListed_andIsDiscarded_onceOlderThanTheCutOff() throws IOException {
        TenantId tenant = newTenant();
        store.put(tenant, new BlobKey("kept"), new ByteArrayInputStream(bytes(10)), 10);
        Path partial = root.resolve("files").resolve(tenant.value().toString())
                .resolve(FileSystemBlobStore.PARTIAL_PREFIX + "123");
        Files.write(partial, bytes(100));
        Instant writtenAt = Instant.now().minus(Duration.ofHours(2));
        Files.setLastModifiedTime(partial, FileTime.from(writtenAt));

        assertThat(store.list(tenant, Optional.empty(), 10).blobs()).extracting(b -> b.key().value())
                .containsExactly("kept");
        assertThat(store.discardPartialWrites(tenant, writtenAt)).isZero();
        assertThat(store.discardPartialWrites(tenant, writtenAt.plusSeconds(1))).isOne();

        assertThat(partial).doesNotExist();
        assertThat(read(tenant, new BlobKey("kept"))).hasSize(10);
    }

    @Test
    void aNameThatIsNoKey_isNotListed() throws IOException {
        TenantId tenant = newTenant();
        store.put(tenant, new BlobKey("real"), new ByteArrayInputStream(bytes(1)), 10);
        Files.write(root.resolve("files").resolve(tenant.value().toString()).resolve("Stray.txt"), bytes(1));

        assertThat(store.list(tenant, Optional.empty(), 10).blobs()).extracting(b -> b.key().value())
                .containsExactly("real");
    }

    @Test
    void aRootThatCannotHoldFiles_isADependencyUnavailable() throws IOException {
        Path notADirectory = Files.write(root.resolve("a-file"), bytes(1));
        BlobStore broken = new FileSystemBlobStore(notADirectory);
        TenantId tenant = newTenant();

        assertThatThrownBy(() -> broken.put(tenant, new BlobKey("k"), new ByteArrayInputStream(bytes(1)), 10))
                .isInstanceOfSatisfying(DependencyUnavailable.class,
                        e -> assertThat(e.details()).containsEntry("dependency", "file store"));
        assertThatThrownBy(() -> broken.open(tenant, new BlobKey("k"))).isInstanceOf(DependencyUnavailable.class);
        assertThatThrownBy(() -> broken.list(tenant, Optional.empty(), 10)).isInstanceOf(DependencyUnavailable.class);
    }
}
