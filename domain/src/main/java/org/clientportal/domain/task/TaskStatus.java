package org.clientportal.domain.task;

/** Where a task stands. */
public enum TaskStatus {
    REQUESTED,
    OPEN,
    IN_PROGRESS,
    WAITING_ON_CLIENT,
    DONE,
    CANCELLED;

    /** Finished one way or the other: no work is expected on it. */
    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
