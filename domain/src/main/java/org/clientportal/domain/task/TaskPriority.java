package org.clientportal.domain.task;

/** How urgent a task is, from least to most. */
public enum TaskPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
