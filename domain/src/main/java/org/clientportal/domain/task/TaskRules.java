package org.clientportal.domain.task;

import java.util.Optional;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.Rejection;

/**
 * The rules between a task, its project and its client, over plain facts. Together they keep
 * work off what is finished: a task is live (requested, open, in progress, waiting on the
 * client) only on a project that is not closed, and every key ever issued keeps naming its task.
 * <ul>
 *   <li>No new task on a completed or cancelled project, nor for an offboarded client.</li>
 *   <li>A task of a closed project can still be finished (done or cancelled), not brought back to life.</li>
 *   <li>A client's task key prefix is fixed once it has a task.</li>
 * </ul>
 */
public final class TaskRules {

    private TaskRules() {
    }

    public static Optional<Rejection> mayCreateTask(ProjectStatus projectStatus, ClientStatus clientStatus) {
        if (projectStatus.isClosed()) {
            return Optional.of(new Rejection("task.project-closed", "The project is " + Lifecycle.wireName(projectStatus)
                    + "; tasks can be added only to planned, active, on-hold or in-review projects"));
        }
        if (clientStatus == ClientStatus.OFFBOARDED) {
            return Optional.of(new Rejection("task.client-offboarded",
                    "The client is offboarded; re-engage it (move it to onboarding) before adding tasks"));
        }
        return Optional.empty();
    }

    public static Optional<Rejection> mayMoveTask(TaskStatus target, ProjectStatus projectStatus) {
        if (!target.isClosed() && projectStatus.isClosed()) {
            return Optional.of(new Rejection("task.project-closed", "The project is " + Lifecycle.wireName(projectStatus)
                    + "; its tasks can only be done or cancelled"));
        }
        return Optional.empty();
    }

    /**
     * Keys are numbered per client, so a prefix given up could be taken by another client and its
     * first keys would repeat ones already issued.
     */
    public static Optional<Rejection> mayChangeTaskKeyPrefix(boolean clientHasKeys) {
        if (clientHasKeys) {
            return Optional.of(new Rejection("client.task-key-prefix-in-use",
                    "The client already has tasks or asks, so its task key prefix can no longer change"));
        }
        return Optional.empty();
    }
}
