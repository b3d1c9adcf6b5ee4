package org.clientportal.application.report;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.port.ReportWriter;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.SlaSettings;

/**
 * Reports to clients: drafted from what the client may see of a period, edited and reviewed by the
 * agency, published to the portal, acknowledged by the client's contacts.
 */
public record ReportFeature(GenerateReport generateReport, ListReports listReports, GetReport getReport,
                            EditReport editReport, TransitionReport transitionReport,
                            ListSharedReports listSharedReports, GetSharedReport getSharedReport,
                            AcknowledgeReport acknowledgeReport) {

    /** The driven ports the feature reads and writes. */
    public record Ports(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                        ProjectRepository projects, ContactRepository contacts, ReportRepository reports,
                        ReportSources sources, ReportWriter writer, TimeEntryRepository entries,
                        CapacityBudgetRepository budgets, IdSource ids, Clock clock) {
    }

    public static ReportFeature wire(Ports p, SlaSettingsRepository slaSettings, AuditRecorder audit,
                                     Notifications notifications) {
        Transactions tx = p.transactions();
        ReportReader reader = new ReportReader(new ReportReader.Ports(tx, p.tenants(), p.clients(), p.projects(),
                p.sources(), p.entries(), p.budgets()), new SlaSettings(slaSettings));
        SharedReports shared = new SharedReports(p.reports());
        return new ReportFeature(
                new GenerateReport(tx, p.clients(), p.projects(), reader, p.writer(), p.reports(), audit, p.ids(),
                        p.clock()),
                new ListReports(tx, p.reports()),
                new GetReport(tx, p.reports()),
                new EditReport(tx, p.reports(), audit, p.clock()),
                new TransitionReport(tx, p.reports(), audit, notifications, p.clock()),
                new ListSharedReports(tx, p.reports()),
                new GetSharedReport(tx, shared),
                new AcknowledgeReport(tx, shared, p.reports(), p.contacts(), audit, p.clock()));
    }
}
