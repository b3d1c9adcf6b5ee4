package org.clientportal.adapters.persistence.attachment;

import static org.clientportal.adapters.persistence.generated.Tables.ASKS;
import static org.clientportal.adapters.persistence.generated.Tables.ATTACHMENTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_UPDATES;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_COMMENTS;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.adapters.persistence.shared.SharedProject;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.attachment.FileSort;
import org.clientportal.application.attachment.SharedFile;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

public final class JooqAttachmentRepository implements AttachmentRepository {

    private static final String CLIENT = "client";
    private static final Field<String> PAGE_KEY = DSL.field(DSL.name("page_key"), String.class);

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
     * One statement: the parent's visibility is tested in SQL, exactly as the portal's policies on the
     * parents' tables and on {@code portal.attachments} test it, and the key of its page is read alongside.
     */
    @Override
    public Page<SharedFile> sharedWith(TenantId tenant, ClientId client, PageRequest<FileSort> page) {
        boolean descending = page.sort().descending();
        Condition after = page.after().map(p -> {
            Instant at = ((SortValue.Time) p.key()).value();
            var position = DSL.row(ATTACHMENTS.CREATED_AT, ATTACHMENTS.ID);
            return descending ? position.lt(at, p.id()) : position.gt(at, p.id());
        }).orElse(DSL.noCondition());
        List<SharedFile> rows = CurrentTransaction.dsl().select(ATTACHMENTS.fields()).select(pageKey().as(PAGE_KEY))
                .from(ATTACHMENTS)
                .where(ATTACHMENTS.TENANT_ID.eq(tenant.value()), ATTACHMENTS.CLIENT_ID.eq(client.value()),
                        sharedParent(client.value()), after)
                .orderBy(descending ? ATTACHMENTS.CREATED_AT.desc() : ATTACHMENTS.CREATED_AT.asc(),
                        descending ? ATTACHMENTS.ID.desc() : ATTACHMENTS.ID.asc())
                .limit(page.limit() + 1)
                .fetch(JooqAttachmentRepository::toSharedFile);
        return Page.fromOverfetch(rows, page, f -> new Position(new SortValue.Time(f.attachment().createdAt()),
                f.attachment().id().value()));
    }

    private static Condition sharedParent(UUID client) {
        var dsl = CurrentTransaction.dsl();
        Condition task = isKind(ParentKind.TASK).and(DSL.exists(dsl.selectOne().from(TASKS)
                .where(TASKS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), TASKS.ID.eq(ATTACHMENTS.PARENT_ID),
                        TASKS.CLIENT_ID.eq(client), TASKS.VISIBILITY.eq(CLIENT),
                        SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client))));
        Condition update = isKind(ParentKind.UPDATE).and(DSL.exists(dsl.selectOne().from(PROJECT_UPDATES)
                .where(PROJECT_UPDATES.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), PROJECT_UPDATES.ID.eq(ATTACHMENTS.PARENT_ID),
                        PROJECT_UPDATES.CLIENT_ID.eq(client), PROJECT_UPDATES.VISIBILITY.eq(CLIENT),
                        SharedProject.of(PROJECT_UPDATES.TENANT_ID, PROJECT_UPDATES.PROJECT_ID, client))));
        Condition comment = isKind(ParentKind.COMMENT).and(DSL.exists(dsl.selectOne().from(TASK_COMMENTS).join(TASKS)
                .on(TASKS.TENANT_ID.eq(TASK_COMMENTS.TENANT_ID), TASKS.ID.eq(TASK_COMMENTS.TASK_ID))
                .where(TASK_COMMENTS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), TASK_COMMENTS.ID.eq(ATTACHMENTS.PARENT_ID),
                        TASK_COMMENTS.CLIENT_ID.eq(client), TASK_COMMENTS.VISIBILITY.eq(CLIENT),
                        TASKS.VISIBILITY.eq(CLIENT), SharedProject.of(TASKS.TENANT_ID, TASKS.PROJECT_ID, client))));
        Condition ask = isKind(ParentKind.ASK).and(DSL.exists(dsl.selectOne().from(ASKS)
                .where(ASKS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), ASKS.ID.eq(ATTACHMENTS.PARENT_ID),
                        ASKS.CLIENT_ID.eq(client), ASKS.VISIBILITY.eq(CLIENT))));
        return DSL.or(task, update, comment, ask);
    }

    /** The key of the parent's page: its task's for a task or a comment, its own for an ask, none for an update. */
    private static Field<String> pageKey() {
        var dsl = CurrentTransaction.dsl();
        Field<String> taskKey = DSL.field(dsl.select(TASKS.KEY).from(TASKS)
                .where(TASKS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), TASKS.ID.eq(ATTACHMENTS.PARENT_ID)));
        Field<String> commentsTaskKey = DSL.field(dsl.select(TASKS.KEY).from(TASK_COMMENTS).join(TASKS)
                .on(TASKS.TENANT_ID.eq(TASK_COMMENTS.TENANT_ID), TASKS.ID.eq(TASK_COMMENTS.TASK_ID))
                .where(TASK_COMMENTS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), TASK_COMMENTS.ID.eq(ATTACHMENTS.PARENT_ID)));
        Field<String> askKey = DSL.field(dsl.select(ASKS.KEY).from(ASKS)
                .where(ASKS.TENANT_ID.eq(ATTACHMENTS.TENANT_ID), ASKS.ID.eq(ATTACHMENTS.PARENT_ID)));
        return DSL.when(isKind(ParentKind.TASK), taskKey).when(isKind(ParentKind.COMMENT), commentsTaskKey)
                .when(isKind(ParentKind.ASK), askKey).else_(DSL.inline((String) null));
    }

    private static Condition isKind(ParentKind kind) {
        return ATTACHMENTS.PARENT_KIND.eq(AttachmentRows.kind(kind));
    }

    private static SharedFile toSharedFile(Record row) {
        return new SharedFile(AttachmentRows.toAttachment(row.into(ATTACHMENTS)), Optional.ofNullable(row.get(PAGE_KEY)));
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
