package org.clientportal.adapters.persistence.attachment;

import static org.clientportal.adapters.persistence.generated.Tables.ATTACHMENTS;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.shared.TenantId;
import org.jooq.impl.DSL;

public final class JooqAttachmentRepository implements AttachmentRepository {

    @Override
    public void add(Attachment attachment) {
        CurrentTransaction.dsl().insertInto(ATTACHMENTS).set(AttachmentRows.toRecord(attachment)).execute();
    }

    @Override
    public Optional<Attachment> find(TenantId tenant, AttachmentId id) {
        return CurrentTransaction.dsl().selectFrom(ATTACHMENTS)
                .where(ATTACHMENTS.TENANT_ID.eq(tenant.value()), ATTACHMENTS.ID.eq(id.value()))
                .fetchOptional(AttachmentRows::toAttachment);
    }

    @Override
    public List<Attachment> ofParent(TenantId tenant, AttachmentParent parent) {
        return CurrentTransaction.dsl().selectFrom(ATTACHMENTS)
                .where(ATTACHMENTS.TENANT_ID.eq(tenant.value()),
                        ATTACHMENTS.PARENT_KIND.eq(AttachmentRows.kind(parent.kind())),
                        ATTACHMENTS.PARENT_ID.eq(parent.id()))
                .orderBy(ATTACHMENTS.CREATED_AT, ATTACHMENTS.ID)
                .fetch(AttachmentRows::toAttachment);
    }

    /**
     * A transaction-scoped advisory lock, not a row lock: a contact's transaction may read a task but
     * not lock its row, and the lock must hold for every kind of parent alike.
     */
    @Override
    public void lockParent(TenantId tenant, AttachmentParent parent) {
        CurrentTransaction.dsl().select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))",
                        Object.class, DSL.val("attachments:" + tenant + ":" + AttachmentRows.kind(parent.kind())
                                + ":" + parent.id())))
                .fetch();
    }

    @Override
    public Set<String> namedBlobKeys(TenantId tenant, Collection<String> blobKeys) {
        if (blobKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(CurrentTransaction.dsl().select(ATTACHMENTS.BLOB_KEY).from(ATTACHMENTS)
                .where(ATTACHMENTS.TENANT_ID.eq(tenant.value()), ATTACHMENTS.BLOB_KEY.in(blobKeys))
                .fetch(ATTACHMENTS.BLOB_KEY));
    }
}
