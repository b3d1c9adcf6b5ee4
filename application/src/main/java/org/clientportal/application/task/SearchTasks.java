package org.clientportal.application.task;

import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;

/**
 * Lists tasks, newest first unless sorted otherwise, filtered by project, client, statuses, assignee,
 * visibility and due date; the page's requests with their SLA clocks.
 */
public final class SearchTasks {

    public static final Listing<TaskSort> LISTING =
            new Listing<>("tasks", TaskSort.class, Sort.descending(TaskSort.CREATED_AT));

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final SlaReadings slas;

    public SearchTasks(Transactions transactions, TaskRepository tasks, SlaReadings slas) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.slas = slas;
    }

    public Page<TaskView> execute(Actor actor, TaskFilters filters, PageInput pageInput) {
        actor.require(Permission.READ);
        TaskSearch search = filters.check();
        PageRequest<TaskSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> {
            Page<Task> found = tasks.search(actor.tenantId(), search, page);
            Map<TaskKey, SlaReading> readings = slas.ofTasks(actor.tenantId(), found.items());
            return found.map(task -> new TaskView(task, Optional.ofNullable(readings.get(task.key()))));
        });
    }
}
