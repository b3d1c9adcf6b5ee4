package org.clientportal.application.fakes;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.comment.CommentSearch;
import org.clientportal.application.comment.CommentSort;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Comments in a map. */
public final class InMemoryCommentRepository implements CommentRepository {

    private final TransactionalMap<CommentId, TaskComment> comments;

    public InMemoryCommentRepository(InMemoryTransactions transactions) {
        this.comments = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(TaskComment comment) {
        comments.put(comment.id(), comment);
    }

    @Override
    public Optional<TaskComment> find(TenantId tenant, CommentId id) {
        return comments.get(id).filter(c -> c.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(TaskComment comment, long expectedVersion) {
        TaskComment stored = find(comment.tenantId(), comment.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("comment", comment.id().toString());
        }
        comments.put(comment.id(), comment);
    }

    @Override
    public Page<TaskComment> search(TenantId tenant, CommentSearch search, PageRequest<CommentSort> page) {
        return Keyset.page(comments.values(), c -> c.tenantId().equals(tenant) && c.taskId().equals(search.taskId())
                        && search.visibility().map(v -> v == c.visibility()).orElse(true),
                page, c -> new SortValue.Time(c.createdAt()), c -> c.id().value());
    }

    /** Every row, for the feed fake. */
    List<TaskComment> all() {
        return comments.values();
    }
}
