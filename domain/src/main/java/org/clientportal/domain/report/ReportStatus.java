package org.clientportal.domain.report;

/** Where a client report stands: written and reviewed by the agency, then published to the client or dropped. */
public enum ReportStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED,
    PUBLISHED,
    DISCARDED;

    /** Its title and text can still change: once approved, what the client will read is fixed. */
    public boolean isEditable() {
        return this == DRAFT || this == IN_REVIEW;
    }

    /** Still on its way to the client: it needs an operator's attention. */
    public boolean isPending() {
        return this == DRAFT || this == IN_REVIEW || this == APPROVED;
    }
}
