package org.clientportal.application.comment;

import java.util.Optional;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;

/**
 * A contact reads the client-visible comments of a task shared with their client, oldest first. A
 * task they may not see is not found, like one that does not exist.
 */
public final class ListSharedComments {

    public static final Listing<CommentSort> LISTING =
            new Listing<>("portal-comments", CommentSort.class, Sort.ascending(CommentSort.CREATED_AT));

    private final Transactions transactions;
    private final SharedTasks sharedTasks;
    private final CommentRepository comments;

    public ListSharedComments(Transactions transactions, SharedTasks sharedTasks, CommentRepository comments) {
        this.transactions = transactions;
        this.sharedTasks = sharedTasks;
        this.comments = comments;
    }

    public Page<TaskComment> execute(Actor actor, String taskKey, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        return transactions.inPortal(scope, () -> {
            Task task = sharedTasks.find(scope, taskKey);
            CommentSearch search = new CommentSearch(task.id(), Optional.of(Visibility.CLIENT));
            PageRequest<CommentSort> page = LISTING.request(pageInput, scope.tenantId(), search.canonical());
            return comments.search(scope.tenantId(), search, page);
        });
    }
}
