package org.clientportal.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.contract.BlobStoreContract;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

class S3BlobStoreTest extends BlobStoreContract {

    private static final String BUCKET = "portal-files";

    private static TestS3 server;
    private static S3BlobStore s3Store;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestS3.start();
        s3Store = S3BlobStore.open(server.newBucket(BUCKET));
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3Store.close();
        server.stop();
    }

    @Override
    protected BlobStore store() {
        return s3Store;
    }

    @Test
    void aBlob_isTheObjectNamedByTenantAndKey() {
        TenantId tenant = newTenant();
        store.put(tenant, new BlobKey("report"), new ByteArrayInputStream(bytes(3)), 10);

        try (S3Client s3 = server.client()) {
            assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(tenant + "/")).contents())
                    .extracting(S3Object::key, S3Object::size)
                    .containsExactly(tuple(tenant + "/report", 3L));
        }
    }

    @Test
    void anUploadADeadProcessLeftUnfinished_isAborted_onceOlderThanTheCutOff() {
        TenantId tenant = newTenant();
        try (S3Client s3 = server.client()) {
            String name = tenant + "/abandoned";
            String uploadId = s3.createMultipartUpload(b -> b.bucket(BUCKET).key(name)).uploadId();
            s3.uploadPart(b -> b.bucket(BUCKET).key(name).uploadId(uploadId).partNumber(1),
                    RequestBody.fromBytes(bytes(1000)));

            assertThat(store.discardPartialWrites(tenant, Instant.now().minus(Duration.ofHours(1)))).isZero();
            assertThat(store.discardPartialWrites(tenant, Instant.now().plus(Duration.ofMinutes(1)))).isOne();

            assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET).prefix(tenant + "/")).uploads()).isEmpty();
        }
        assertThat(store.list(tenant, Optional.empty(), 10).blobs()).isEmpty();
    }

    @Test
    void anotherTenantsUnfinishedUpload_isNotTouched() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        try (S3Client s3 = server.client()) {
            s3.createMultipartUpload(b -> b.bucket(BUCKET).key(theirs + "/in-progress"));

            assertThat(store.discardPartialWrites(mine, Instant.now().plus(Duration.ofMinutes(1)))).isZero();

            assertThat(s3.listMultipartUploads(b -> b.bucket(BUCKET).prefix(theirs + "/")).uploads()).hasSize(1);
        }
    }

    @Test
    void aStoreThatDoesNotAnswer_isADependencyUnavailable() throws Exception {
        try (S3BlobStore unreachable = S3BlobStore.open(TestS3.settings(closedPort(), BUCKET))) {
            TenantId tenant = newTenant();
            BlobKey key = new BlobKey("k");

            assertThatThrownBy(() -> unreachable.put(tenant, key, new ByteArrayInputStream(bytes(10)), 10))
                    .isInstanceOfSatisfying(DependencyUnavailable.class,
                            e -> assertThat(e.details()).containsEntry("dependency", "file store"));
            assertThatThrownBy(() -> unreachable.open(tenant, key)).isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> unreachable.list(tenant, Optional.empty(), 10))
                    .isInstanceOf(DependencyUnavailable.class);
            assertThatThrownBy(() -> unreachable.delete(tenant, key)).isInstanceOf(DependencyUnavailable.class);
        }
    }

    @Test
    void aBucketThatDoesNotExist_isADependencyUnavailable_notAMissingFile() {
        try (S3BlobStore noBucket = S3BlobStore.open(TestS3.settings(server.endpoint(), "no-such-bucket"))) {
            assertThatThrownBy(() -> noBucket.open(newTenant(), new BlobKey("k")))
                    .isInstanceOf(DependencyUnavailable.class);
        }
    }

    private static URI closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
