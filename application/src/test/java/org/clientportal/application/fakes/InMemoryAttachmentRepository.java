package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.shared.TenantId;

/** Attachments in a map; the fake's transactions run one at a time, so a parent needs no lock of its own. */
public final class InMemoryAttachmentRepository implements AttachmentRepository {

    private final TransactionalMap<AttachmentId, Attachment> attachments;

    public InMemoryAttachmentRepository(InMemoryTransactions transactions) {
        this.attachments = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Attachment attachment) {
        attachments.put(attachment.id(), attachment);
    }

    @Override
    public Optional<Attachment> find(TenantId tenant, AttachmentId id) {
        return attachments.get(id).filter(a -> a.tenantId().equals(tenant));
    }

    @Override
    public List<Attachment> ofParent(TenantId tenant, AttachmentParent parent) {
        return attachments.values().stream()
                .filter(a -> a.tenantId().equals(tenant) && a.parent().equals(parent))
                .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(a -> a.id().value()))
                .toList();
    }

    @Override
    public void lockParent(TenantId tenant, AttachmentParent parent) {
        // InMemoryTransactions serializes whole transactions already.
    }

    @Override
    public Set<String> namedBlobKeys(TenantId tenant, Collection<String> blobKeys) {
        return attachments.values().stream()
                .filter(a -> a.tenantId().equals(tenant) && blobKeys.contains(a.blobKey()))
                .map(Attachment::blobKey).collect(Collectors.toSet());
    }
}
