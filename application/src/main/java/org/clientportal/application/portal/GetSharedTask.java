package org.clientportal.application.portal;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.task.Task;

/** A contact reads one task the agency shares with their client, by its key. */
public final class GetSharedTask {

    private final Transactions transactions;
    private final SharedTasks sharedTasks;

    public GetSharedTask(Transactions transactions, SharedTasks sharedTasks) {
        this.transactions = transactions;
        this.sharedTasks = sharedTasks;
    }

    public Task execute(Actor actor, String taskKey) {
        PortalScope scope = PortalScope.of(actor);
        return transactions.inPortal(scope, () -> sharedTasks.find(scope, taskKey));
    }
}
