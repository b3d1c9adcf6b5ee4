package org.clientportal.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.capacity.BudgetUse;
import org.clientportal.application.capacity.CapacityRange;
import org.clientportal.application.capacity.CapacityReport;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;

/**
 * Reads what a report may speak of in the client's view of the record ({@link Transactions#inClientView}):
 * whatever a query here forgot to filter, the database admits no internal record and nothing of another
 * client. Only the agency's time zone is read on the agency's side, before.
 */
final class ReportReader {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /** The ports the reader reads through. */
    record Ports(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                 ProjectRepository projects, ReportSources sources, TimeEntryRepository entries,
                 CapacityBudgetRepository budgets) {
    }

    private final Ports p;
    private final CapacityReport capacity;
    private final SlaSettings settings;

    ReportReader(Ports ports, SlaSettings settings) {
        this.p = ports;
        this.capacity = new CapacityReport(ports.budgets(), ports.entries());
        this.settings = settings;
    }

    ReportFacts read(TenantId tenant, ReportSubject subject) {
        ZoneId zone = settings.hoursOf(tenant).zone();
        ReportWindow window = ReportWindow.of(subject.clientId(), subject.projectId(), subject.period(), zone);
        return p.transactions().inClientView(tenant, subject.clientId(), () -> {
            Client client = p.clients().find(tenant, subject.clientId())
                    .orElseThrow(() -> new NotFound("client", subject.clientId().toString()));
            Optional<String> project = subject.projectId().flatMap(id -> p.projects().find(tenant, id))
                    .map(found -> found.details().name());
            List<ReportFacts.CompletedTask> tasks = p.sources().completedTasks(tenant, window);
            List<ReportFacts.ReachedMilestone> milestones = p.sources().reachedMilestones(tenant, window);
            List<ReportFacts.SharedUpdate> updates = p.sources().sharedUpdates(tenant, window);
            List<ReportFacts.MetricTotal> metrics = p.sources().metricTotals(tenant, window);
            boolean more = tasks.size() > ReportWindow.LIMIT || milestones.size() > ReportWindow.LIMIT
                    || updates.size() > ReportWindow.LIMIT || metrics.size() > ReportWindow.LIMIT;
            return new ReportFacts(p.tenants().find(tenant).map(Tenant::name).orElse(""), client.profile().name(),
                    project, subject.period(), zone, cut(tasks), cut(milestones), cut(updates), timeLogged(tenant,
                    subject), capacityOf(tenant, subject), cut(metrics), more);
        });
    }

    private ReportFacts.TimeLogged timeLogged(TenantId tenant, ReportSubject subject) {
        List<DayTotal> days = p.entries().dailyTotals(tenant, subject.clientId(), subject.period().from(),
                subject.period().to());
        return new ReportFacts.TimeLogged(days.stream().mapToLong(DayTotal::minutes).sum(),
                days.stream().mapToLong(DayTotal::billableMinutes).sum());
    }

    private List<ReportFacts.CapacityPeriod> capacityOf(TenantId tenant, ReportSubject subject) {
        List<BudgetUse> uses = capacity.of(tenant, subject.clientId(),
                p.budgets().ofClient(tenant, subject.clientId()).stream().filter(b -> b.terms().clientVisible())
                        .toList(), new CapacityRange(subject.period().from(), subject.period().to()), false).budgets();
        return uses.stream().flatMap(use -> use.periods().stream().map(period -> new ReportFacts.CapacityPeriod(
                use.budget().terms().hours(), Lifecycle.wireName(use.budget().terms().period()),
                period.period().start(), period.period().end(),
                BigDecimal.valueOf(period.used().minutes()).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP),
                period.percentUsed()))).toList();
    }

    private static <T> List<T> cut(List<T> items) {
        return items.size() > ReportWindow.LIMIT ? items.subList(0, ReportWindow.LIMIT) : items;
    }
}
