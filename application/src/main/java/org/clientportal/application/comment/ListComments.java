package org.clientportal.application.comment;

import java.util.Optional;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;

/** Lists a task's comments for the agency, oldest first, internal and client-visible alike unless filtered. */
public final class ListComments {

    public static final Listing<CommentSort> LISTING =
            new Listing<>("comments", CommentSort.class, Sort.ascending(CommentSort.CREATED_AT));

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final CommentRepository comments;

    public ListComments(Transactions transactions, TaskRepository tasks, CommentRepository comments) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.comments = comments;
    }

    public Page<TaskComment> execute(Actor actor, String taskKey, String visibility, PageInput pageInput) {
        actor.require(Permission.READ);
        TaskKey key = TaskKey.parse(taskKey);
        Validation v = new Validation();
        Optional<Visibility> filter = v.optional("visibility", visibility, raw -> StatusNames.parse(Visibility.class, raw));
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Task task = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", taskKey));
            CommentSearch search = new CommentSearch(task.id(), filter);
            PageRequest<CommentSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
            return comments.search(actor.tenantId(), search, page);
        });
    }
}
