package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.contract.StoragePorts;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.fakes.InMemoryBlobStore;
import org.clientportal.application.fakes.MagicPrefixSniffer;
import org.clientportal.application.fakes.SequenceIds;
import org.clientportal.application.fakes.Sha256LinkSigner;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

class AttachmentDownloadsTest {

    private final FixedClock clock = new FixedClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final StoragePorts ports = StoragePorts.inMemory();
    private final InMemoryBlobStore blobs = new InMemoryBlobStore(clock);
    private final AttachmentFeature feature = AttachmentFeature.wire(new AttachmentFeature.Ports(ports.transactions(),
                    ports.tenants(), ports.tasks(), ports.updates(), ports.comments(), ports.asks(), ports.projects(),
                    ports.attachments(), blobs, new MagicPrefixSniffer(), new SequenceIds(), clock),
            new AuthorNames(ports.operators(), ports.apiKeys(), ports.contacts()),
            new AuditRecorder(ports.auditTrail(), new SequenceIds(), clock),
            new DownloadLinks(new Sha256LinkSigner(1), Duration.ofMinutes(15), "https://portal.test"));

    private final TenantId tenant = tenant("acme");
    private final ClientId client = client(tenant, "ACME");
    private final Attachment report = attach(tenant, client, "report.pdf", "%PDF-1.7 the report");

    @Test
    void anOperatorWhoMayRead_seesTheRecord_andDownloadsTheContentThroughTheLink() throws IOException {
        Actor viewer = operator(tenant, Role.VIEWER);

        assertThat(feature.getAttachment().execute(viewer, report.id().toString())).isEqualTo(report);
        DownloadLink link = feature.issueDownloadLink().execute(viewer, report.id().toString());

        assertThat(link.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(15)));
        assertThat(read(link)).isEqualTo("%PDF-1.7 the report");
    }

    @Test
    void anotherAgencysAttachment_orAMalformedId_isNotFound() {
        Actor stranger = operator(tenant("other"), Role.OWNER);

        for (String id : new String[] {report.id().toString(), "not-an-id"}) {
            assertThatThrownBy(() -> feature.getAttachment().execute(stranger, id)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> feature.issueDownloadLink().execute(stranger, id)).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void aContact_mayNotUseTheOperatorsRoute() {
        assertThatThrownBy(() -> feature.issueDownloadLink().execute(contact(tenant, client), report.id().toString()))
                .isInstanceOf(DomainError.class).extracting("code").isEqualTo("forbidden");
    }

    @Test
    void aLink_stopsWorkingWhenItExpires() {
        DownloadLink link = feature.issueDownloadLink().execute(operator(tenant, Role.VIEWER), report.id().toString());
        clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> feature.openDownload().execute(token(link)))
                .isInstanceOf(DomainError.class).extracting("code").isEqualTo(DownloadLinks.EXPIRED);
    }

    @Test
    void aLinkWhoseContentIsGone_isNotFound() {
        DownloadLink link = feature.issueDownloadLink().execute(operator(tenant, Role.VIEWER), report.id().toString());
        blobs.delete(tenant, new BlobKey(report.blobKey()));

        assertThatThrownBy(() -> feature.openDownload().execute(token(link))).isInstanceOf(NotFound.class);
    }

    private String read(DownloadLink link) throws IOException {
        Download download = feature.openDownload().execute(token(link));
        try (InputStream content = download.content()) {
            assertThat(download.attachment()).isEqualTo(report);
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String token(DownloadLink link) {
        return link.url().substring(("https://portal.test" + DownloadLinks.PATH).length());
    }

    private static Actor operator(TenantId tenant, Role role) {
        return new Actor(tenant, new Principal.Operator(new OperatorId(UUID.randomUUID()), role), "req-test");
    }

    private static Actor contact(TenantId tenant, ClientId client) {
        return new Actor(tenant, new Principal.Contact(new ContactId(UUID.randomUUID()), client,
                PortalRights.viewOnly()), "req-test");
    }

    private TenantId tenant(String slug) {
        return TenantsForTests.add(ports, slug, clock.now());
    }

    private ClientId client(TenantId tenant, String prefix) {
        Client client = Client.create(new ClientId(UUID.randomUUID()), tenant,
                new ClientProfile("Client", Optional.empty(), Optional.empty(), Optional.empty()),
                new TaskKeyPrefix(prefix), ClientSource.MANUAL, Optional.empty(), clock.now());
        ports.transactions().inTenant(tenant, () -> {
            ports.clients().add(client);
            return null;
        });
        return client.id();
    }

    private Attachment attach(TenantId tenant, ClientId client, String name, String content) {
        String key = "blob-" + UUID.randomUUID();
        StoredBlob blob = blobs.put(tenant, new BlobKey(key),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), Attachment.MAX_BYTES);
        Attachment attachment = new Attachment(new AttachmentId(UUID.randomUUID()), tenant, client,
                new AttachmentParent(ParentKind.TASK, UUID.randomUUID()), new AttachmentName(name), blob.size(),
                "application/pdf", blob.sha256(), key, "operator:owner", "Owner", clock.now());
        ports.transactions().inTenant(tenant, () -> {
            ports.attachments().add(attachment);
            return null;
        });
        return attachment;
    }
}
