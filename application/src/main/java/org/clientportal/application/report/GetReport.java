package org.clientportal.application.report;

import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.NotFound;

public final class GetReport {

    private final Transactions transactions;
    private final ReportRepository reports;

    GetReport(Transactions transactions, ReportRepository reports) {
        this.transactions = transactions;
        this.reports = reports;
    }

    public Report execute(Actor actor, String reportId) {
        actor.require(Permission.READ);
        ReportId id = ReportId.parse(reportId);
        return transactions.inTenant(actor.tenantId(),
                () -> reports.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("report", reportId)));
    }
}
