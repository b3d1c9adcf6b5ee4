package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.comment.CommentSearch;
import org.clientportal.application.comment.CommentSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.TenantId;

/** Comments in tasks' conversations. */
public interface CommentRepository {

    void add(TaskComment comment);

    Optional<TaskComment> find(TenantId tenant, CommentId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(TaskComment comment, long expectedVersion);

    /** The task's comments matching the filter, in the requested order (ties by id), after the request's position. */
    Page<TaskComment> search(TenantId tenant, CommentSearch search, PageRequest<CommentSort> page);
}
