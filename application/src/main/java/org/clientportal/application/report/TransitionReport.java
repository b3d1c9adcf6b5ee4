package org.clientportal.application.report;

import java.util.EnumSet;
import java.util.Set;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/**
 * Moves a report along its lifecycle. Anyone who may write drafts, submits and discards; approving
 * and publishing, which put words in front of the client, take the right to publish reports.
 */
public final class TransitionReport {

    private static final Set<ReportStatus> PUBLISHER_MOVES = EnumSet.of(ReportStatus.APPROVED, ReportStatus.PUBLISHED);

    private final Transactions transactions;
    private final ReportRepository reports;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final Clock clock;

    TransitionReport(Transactions transactions, ReportRepository reports, AuditRecorder audit,
                     Notifications notifications, Clock clock) {
        this.transactions = transactions;
        this.reports = reports;
        this.audit = audit;
        this.notifications = notifications;
        this.clock = clock;
    }

    public Report execute(Actor actor, String reportId, TransitionCommand command) {
        actor.require(Permission.WRITE);
        ReportId id = ReportId.parse(reportId);
        TransitionCommand.Checked<ReportStatus> move = command.check(ReportStatus.class);
        if (PUBLISHER_MOVES.contains(move.target())) {
            actor.require(Permission.PUBLISH_REPORTS);
        }
        return transactions.inTenant(actor.tenantId(), () -> {
            Report before = reports.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("report", reportId));
            StaleVersion.check("report", command.expectedVersion(), before.version());
            Report after = before.movedTo(move.target(), clock.now());
            reports.update(after, before.version());
            audit.changed(actor, "report.transitioned", "report", id, Snapshots.of(before),
                    Snapshots.with(Snapshots.of(after), "reason", move.reason().orElse(null)));
            notifications.reportPublished(after);
            return after;
        });
    }
}
