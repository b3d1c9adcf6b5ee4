package org.clientportal.domain.task;

/** Where a task came from: an operator of the agency, or a client's contact through the portal. */
public enum TaskSource {
    OPERATOR,
    PORTAL
}
