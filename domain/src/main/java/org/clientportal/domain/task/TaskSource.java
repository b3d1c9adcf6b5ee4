package org.clientportal.domain.task;

/**
 * Where a task came from: an operator of the agency, a client's contact through the portal (a
 * request, until accepted or declined), a client's ask an operator classified as a task or a bug, or
 * a project's recurring checkpoint, made by the scheduler on its day.
 */
public enum TaskSource {
    OPERATOR,
    PORTAL,
    ASK,
    CHECKPOINT
}
