package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.ListedBlob;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.fakes.InMemoryBlobStore;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

class RemoveOrphanedBlobsTest {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T04:00:00Z"));
    private final StoragePorts ports = StoragePorts.inMemory();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore(clock);
    private final RemoveOrphanedBlobs cleanup = new RemoveOrphanedBlobs(ports.transactions(), ports.tenants(),
            ports.attachments(), blobs, clock);

    @Test
    void blobsNoAttachmentNames_areRemovedOnceOlderThanTheGracePeriod_inEveryTenant() {
        TenantId alpha = tenant("alpha");
        TenantId beta = tenant("beta");
        StoredBlob recorded = blob(alpha, "recorded");
        blob(alpha, "orphan-of-alpha");
        blob(beta, "orphan-of-beta");
        attach(alpha, recorded);
        clock.advance(RemoveOrphanedBlobs.GRACE.plusSeconds(1));
        blob(alpha, "upload-in-progress");

        RemoveOrphanedBlobs.Report report = cleanup.execute();

        assertThat(report).isEqualTo(new RemoveOrphanedBlobs.Report(2, 2, 0));
        assertThat(keys(alpha)).containsExactly("recorded", "upload-in-progress");
        assertThat(keys(beta)).isEmpty();
    }

    @Test
    void aBlobYoungerThanTheGracePeriod_staysEvenWithoutItsRowYet() {
        TenantId alpha = tenant("gamma");
        blob(alpha, "just-written");
        clock.advance(RemoveOrphanedBlobs.GRACE.minus(Duration.ofMinutes(1)));

        assertThat(cleanup.execute().blobsRemoved()).isZero();
        assertThat(keys(alpha)).containsExactly("just-written");
    }

    private TenantId tenant(String slug) {
        return TenantsForTests.add(ports, slug, clock.now());
    }

    private StoredBlob blob(TenantId tenant, String key) {
        return blobs.put(tenant, new BlobKey(key), new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)), 100);
    }

    private void attach(TenantId tenant, StoredBlob blob) {
        Client client = Client.create(new org.clientportal.domain.client.ClientId(UUID.randomUUID()), tenant,
                new ClientProfile("Client", Optional.empty(), Optional.empty(), Optional.empty()),
                new TaskKeyPrefix("CLIENT"), ClientSource.MANUAL, Optional.empty(), clock.now());
        ports.transactions().inTenant(tenant, () -> {
            ports.clients().add(client);
            ports.attachments().add(new Attachment(new AttachmentId(UUID.randomUUID()), tenant, client.id(),
                    new AttachmentParent(ParentKind.TASK, UUID.randomUUID()), new AttachmentName("a.txt"), blob.size(),
                    "text/plain", blob.sha256(), blob.key().value(), "operator:owner", "Owner", clock.now()));
            return null;
        });
    }

    private List<String> keys(TenantId tenant) {
        return blobs.list(tenant, Optional.empty(), 100).blobs().stream().map(ListedBlob::key).map(BlobKey::value)
                .toList();
    }
}
