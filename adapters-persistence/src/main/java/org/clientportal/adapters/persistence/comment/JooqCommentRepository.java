package org.clientportal.adapters.persistence.comment;

import static org.clientportal.adapters.persistence.generated.Tables.TASK_COMMENTS;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.TaskCommentsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.comment.CommentSearch;
import org.clientportal.application.comment.CommentSort;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.impl.DSL;

/** Comments on tasks (V14__comments_and_requests.sql), a task's read through its index, oldest first. */
public final class JooqCommentRepository implements CommentRepository {

    @Override
    public void add(TaskComment comment) {
        CurrentTransaction.dsl().insertInto(TASK_COMMENTS).set(CommentRows.toRecord(comment)).execute();
    }

    @Override
    public Optional<TaskComment> find(TenantId tenant, CommentId id) {
        return CurrentTransaction.dsl().selectFrom(TASK_COMMENTS)
                .where(TASK_COMMENTS.TENANT_ID.eq(tenant.value()), TASK_COMMENTS.ID.eq(id.value()))
                .fetchOptional(CommentRows::toComment);
    }

    @Override
    public void update(TaskComment comment, long expectedVersion) {
        VersionedUpdate.write(CommentRows.toRecord(comment), TASK_COMMENTS.TENANT_ID, TASK_COMMENTS.ID,
                TASK_COMMENTS.VERSION, expectedVersion, "comment");
    }

    @Override
    public Page<TaskComment> search(TenantId tenant, CommentSearch search, PageRequest<CommentSort> page) {
        Keyset<TaskCommentsRecord> keyset = new Keyset<>(SortColumn.time(TASK_COMMENTS.CREATED_AT), TASK_COMMENTS.ID,
                page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(TASK_COMMENTS).where(
                TASK_COMMENTS.TENANT_ID.eq(tenant.value()), TASK_COMMENTS.TASK_ID.eq(search.taskId().value()),
                search.visibility().map(v -> TASK_COMMENTS.VISIBILITY.eq(Lifecycle.wireName(v)))
                        .orElse(DSL.noCondition()))).fetch()).map(CommentRows::toComment);
    }
}
