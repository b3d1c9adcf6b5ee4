package org.clientportal.application.attachment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.BlobPage;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.shared.TenantId;

/**
 * Removes the file content no attachment names: an upload stores its blobs before the transaction
 * that records them, so a refusal it could not clean up after, or a process that died in between,
 * leaves blobs behind, and a crash mid-write leaves a partial one. Tenant by tenant, page by page:
 * a blob older than the grace period that no committed row names is deleted.
 *
 * <p>The grace period outlasts any upload in progress (a body may take at most an hour to arrive,
 * {@code PORTAL_HTTP_BODY_TIMEOUT_SECONDS}), so a blob whose row is about to commit is never taken.
 * It changes no record, so it writes no audit event; it is safe to run on several replicas at once.
 */
public final class RemoveOrphanedBlobs {

    public static final Duration GRACE = Duration.ofHours(2);

    /** What one run found: blobs deleted, partial writes discarded, over how many tenants. */
    public record Report(int tenants, int blobsRemoved, int partialWritesDiscarded) {
    }

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final Clock clock;

    public RemoveOrphanedBlobs(Transactions transactions, TenantRepository tenants, AttachmentRepository attachments,
                               BlobStore blobs, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.attachments = attachments;
        this.blobs = blobs;
        this.clock = clock;
    }

    public Report execute() {
        Instant writtenBefore = clock.now().minus(GRACE);
        List<TenantId> all = transactions.outsideTenant(tenants::allIds);
        int removed = 0;
        int discarded = 0;
        for (TenantId tenant : all) {
            discarded += blobs.discardPartialWrites(tenant, writtenBefore);
            removed += removeUnnamed(tenant, writtenBefore);
        }
        return new Report(all.size(), removed, discarded);
    }

    private int removeUnnamed(TenantId tenant, Instant writtenBefore) {
        int removed = 0;
        Optional<BlobKey> after = Optional.empty();
        do {
            BlobPage page = blobs.list(tenant, after, BlobStore.MAX_PAGE);
            List<String> old = page.blobs().stream().filter(b -> b.writtenAt().isBefore(writtenBefore))
                    .map(b -> b.key().value()).toList();
            Set<String> named = transactions.inTenant(tenant, () -> attachments.namedBlobKeys(tenant, old));
            for (String key : old) {
                if (!named.contains(key)) {
                    blobs.delete(tenant, new BlobKey(key));
                    removed++;
                }
            }
            after = page.next();
        } while (after.isPresent());
        return removed;
    }
}
