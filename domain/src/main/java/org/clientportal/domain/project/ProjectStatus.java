package org.clientportal.domain.project;

/** Where a piece of client work stands. */
public enum ProjectStatus {
    PLANNED,
    ACTIVE,
    ON_HOLD,
    IN_REVIEW,
    COMPLETED,
    CANCELLED;

    /** Closed projects accept no more work. */
    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Started and not yet closed: the client still has work in flight. */
    public boolean isOpen() {
        return this == ACTIVE || this == ON_HOLD || this == IN_REVIEW;
    }
}
