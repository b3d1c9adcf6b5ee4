package org.clientportal.domain.operator;

/** What an acting principal may do within its tenant. */
public enum Permission {
    READ,
    WRITE,
    MANAGE_OPERATORS,
    MANAGE_API_KEYS,
    /** Set clients' capacity budgets, and change anyone's time entries. */
    MANAGE_CAPACITY,
    /** Change the agency's settings: business hours and SLA targets. */
    MANAGE_SETTINGS,
    /** Approve client reports and publish them: what reaches the client's portal under the agency's name. */
    PUBLISH_REPORTS,
    /** Send a project's metrics: what an integrator's collector does. */
    WRITE_METRICS
}
