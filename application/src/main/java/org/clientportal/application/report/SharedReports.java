package org.clientportal.application.report;

import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.NotFound;

/** Finds a report as a contact may see it: their client's, and published; anything else is not found. */
final class SharedReports {

    private final ReportRepository reports;

    SharedReports(ReportRepository reports) {
        this.reports = reports;
    }

    Report find(PortalScope scope, String reportId) {
        ReportId id = ReportId.parse(reportId);
        return reports.find(scope.tenantId(), id)
                .filter(r -> r.clientId().equals(scope.clientId()) && r.isVisibleToClient())
                .orElseThrow(() -> new NotFound("report", reportId));
    }
}
