package org.clientportal.domain.client;

/** Where the relationship with a client stands. */
public enum ClientStatus {
    LEAD,
    ONBOARDING,
    ACTIVE,
    PAUSED,
    OFFBOARDED;

    /** Statuses in which the agency may run active work for the client. */
    public boolean isEngaged() {
        return this == ONBOARDING || this == ACTIVE;
    }
}
