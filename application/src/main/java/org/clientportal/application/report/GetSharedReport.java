package org.clientportal.application.report;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.report.Report;

/** A contact reads one of their client's published reports. */
public final class GetSharedReport {

    private final Transactions transactions;
    private final SharedReports reports;

    GetSharedReport(Transactions transactions, SharedReports reports) {
        this.transactions = transactions;
        this.reports = reports;
    }

    public Report execute(Actor actor, String reportId) {
        PortalScope scope = PortalScope.of(actor);
        return transactions.inPortal(scope, () -> reports.find(scope, reportId));
    }
}
