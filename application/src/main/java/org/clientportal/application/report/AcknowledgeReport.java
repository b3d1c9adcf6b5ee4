package org.clientportal.application.report;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.shared.NotFound;

/**
 * A contact with the right to approve acknowledges a published report. Saying so twice changes
 * nothing: the first acknowledgement stands, and the answer is the report as it is.
 */
public final class AcknowledgeReport {

    private final Transactions transactions;
    private final SharedReports shared;
    private final ReportRepository reports;
    private final ContactRepository contacts;
    private final AuditRecorder audit;
    private final Clock clock;

    AcknowledgeReport(Transactions transactions, SharedReports shared, ReportRepository reports,
                      ContactRepository contacts, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.shared = shared;
        this.reports = reports;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    public Report execute(Actor actor, String reportId) {
        PortalScope scope = PortalScope.of(actor);
        ((Principal.Contact) actor.principal()).require(PortalRight.APPROVE);
        return transactions.inPortal(scope, () -> {
            Report report = shared.find(scope, reportId);
            Contact contact = contacts.find(scope.tenantId(), scope.contactId())
                    .orElseThrow(() -> new NotFound("contact", scope.contactId().toString()));
            Optional<ReportAcknowledgement> acknowledgement = report.acknowledgementBy(contact.id(), contact.name(),
                    clock.now());
            if (acknowledgement.isEmpty() || !reports.acknowledge(scope.tenantId(), report.id(), acknowledgement.get())) {
                return reports.find(scope.tenantId(), report.id()).orElse(report);
            }
            audit.created(actor, "report.acknowledged", "report", report.id(),
                    Snapshots.of(acknowledgement.get()));
            return report.withAcknowledgement(acknowledgement.get());
        });
    }
}
