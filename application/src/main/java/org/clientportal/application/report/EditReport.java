package org.clientportal.application.report;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/** An operator edits a report's title or text while it is a draft or in review. */
public final class EditReport {

    private final Transactions transactions;
    private final ReportRepository reports;
    private final AuditRecorder audit;
    private final Clock clock;

    EditReport(Transactions transactions, ReportRepository reports, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public Report execute(Actor actor, String reportId, ReportChanges changes) {
        actor.require(Permission.WRITE);
        ReportId id = ReportId.parse(reportId);
        Validation v = new Validation();
        String title = changes.title().present()
                ? v.requiredText("title", changes.title().value(), Report.TITLE_MAX) : null;
        String body = changes.body().present()
                ? v.requiredMultiLineText("body", changes.body().value(), Report.BODY_MAX) : null;
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Report before = reports.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("report", reportId));
            StaleVersion.check("report", changes.expectedVersion(), before.version());
            Report after = before.edited(title == null ? before.title() : title, body == null ? before.body() : body,
                    clock.now());
            if (after == before) {
                return before;
            }
            reports.update(after, before.version());
            audit.changed(actor, "report.edited", "report", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
