package org.clientportal.domain.task;

import static org.clientportal.domain.task.TaskStatus.CANCELLED;
import static org.clientportal.domain.task.TaskStatus.DONE;
import static org.clientportal.domain.task.TaskStatus.IN_PROGRESS;
import static org.clientportal.domain.task.TaskStatus.OPEN;
import static org.clientportal.domain.task.TaskStatus.REQUESTED;
import static org.clientportal.domain.task.TaskStatus.WAITING_ON_CLIENT;

import org.clientportal.domain.shared.Lifecycle;

/**
 * The task state machine: the one table of allowed moves. A request is accepted (open) or declined
 * (cancelled); work moves freely between open, in progress and waiting on the client; done and
 * cancelled tasks can be reopened, so a key is never thrown away for a mistake.
 */
public final class TaskLifecycle {

    public static final Lifecycle<TaskStatus> MOVES = Lifecycle.of("task", TaskStatus.class)
            .from(REQUESTED, OPEN, CANCELLED)
            .from(OPEN, IN_PROGRESS, WAITING_ON_CLIENT, DONE, CANCELLED)
            .from(IN_PROGRESS, OPEN, WAITING_ON_CLIENT, DONE, CANCELLED)
            .from(WAITING_ON_CLIENT, OPEN, IN_PROGRESS, DONE, CANCELLED)
            .from(DONE, OPEN)
            .from(CANCELLED, OPEN)
            .build();

    private TaskLifecycle() {
    }
}
