package org.clientportal.domain.report;

import static org.clientportal.domain.report.ReportStatus.APPROVED;
import static org.clientportal.domain.report.ReportStatus.DISCARDED;
import static org.clientportal.domain.report.ReportStatus.DRAFT;
import static org.clientportal.domain.report.ReportStatus.IN_REVIEW;
import static org.clientportal.domain.report.ReportStatus.PUBLISHED;

import org.clientportal.domain.shared.Lifecycle;

/**
 * The report state machine: a draft goes to review, where it is sent back or approved; an approved
 * report is published or sent back for another look. Published and discarded reports are final: what
 * the client was shown stays as it was shown.
 */
public final class ReportLifecycle {

    public static final Lifecycle<ReportStatus> MOVES = Lifecycle.of("report", ReportStatus.class)
            .from(DRAFT, IN_REVIEW, DISCARDED)
            .from(IN_REVIEW, DRAFT, APPROVED, DISCARDED)
            .from(APPROVED, IN_REVIEW, PUBLISHED, DISCARDED)
            .from(PUBLISHED)
            .from(DISCARDED)
            .build();

    private ReportLifecycle() {
    }
}
