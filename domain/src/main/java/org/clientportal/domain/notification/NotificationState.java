package org.clientportal.domain.notification;

/** Whether the hub has an event: pending until it acknowledges it (kept and retried however long that takes). */
public enum NotificationState {
    PENDING,
    DELIVERED
}
