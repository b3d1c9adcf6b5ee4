package org.clientportal.application.portal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/**
 * A contact lists the client-visible tasks of the projects shared with their client, newest first
 * unless sorted otherwise, across them all or for one, in any of the statuses asked for.
 */
public final class ListSharedTasks {

    public static final Listing<TaskSort> LISTING =
            new Listing<>("portal-tasks", TaskSort.class, Sort.descending(TaskSort.CREATED_AT));

    private final Transactions transactions;
    private final TaskRepository tasks;

    public ListSharedTasks(Transactions transactions, TaskRepository tasks) {
        this.transactions = transactions;
        this.tasks = tasks;
    }

    public Page<Task> execute(Actor actor, String projectId, List<String> statuses, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        Validation v = new Validation();
        Optional<ProjectId> project = v.optional("projectId", projectId, ProjectId::of);
        Set<TaskStatus> wanted = Set.copyOf(v.each("status", statuses, raw -> StatusNames.parse(TaskStatus.class, raw)));
        v.done();
        TaskSearch search = TaskSearch.sharedWith(scope.clientId(), project, wanted);
        PageRequest<TaskSort> page = LISTING.request(pageInput, scope.tenantId(), search.canonical());
        return transactions.inPortal(scope, () -> tasks.search(scope.tenantId(), search, page));
    }
}
