package org.clientportal.application.fakes;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.report.ReportSearch;
import org.clientportal.application.report.ReportSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Reports in a map, their acknowledgements kept with them as the database keeps them beside. */
public final class InMemoryReportRepository implements ReportRepository {

    private final TransactionalMap<ReportId, Report> reports;

    public InMemoryReportRepository(InMemoryTransactions transactions) {
        this.reports = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Report report) {
        reports.put(report.id(), report);
    }

    @Override
    public Optional<Report> find(TenantId tenant, ReportId id) {
        return reports.get(id).filter(r -> r.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(Report report, long expectedVersion) {
        Report stored = find(report.tenantId(), report.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("report", report.id().toString());
        }
        reports.put(report.id(), new Report(report.id(), report.tenantId(), report.clientId(), report.projectId(),
                report.period(), report.title(), report.body(), report.status(), report.author(), report.version(),
                report.createdAt(), report.updatedAt(), report.publishedAt(), stored.acknowledgements()));
    }

    @Override
    public synchronized boolean acknowledge(TenantId tenant, ReportId id, ReportAcknowledgement acknowledgement) {
        Report stored = find(tenant, id).orElseThrow();
        if (stored.acknowledgements().stream().anyMatch(a -> a.contactId().equals(acknowledgement.contactId()))) {
            return false;
        }
        reports.put(id, stored.withAcknowledgement(acknowledgement));
        return true;
    }

    @Override
    public Page<Report> search(TenantId tenant, ReportSearch search, PageRequest<ReportSort> page) {
        return Keyset.page(reports.values(), r -> r.tenantId().equals(tenant) && admits(search, r), page,
                r -> new SortValue.Time(page.sort().field() == ReportSort.UPDATED_AT ? r.updatedAt() : r.createdAt()),
                r -> r.id().value());
    }

    /** Every report of every tenant, for the queue and the agenda. */
    public List<Report> all() {
        return reports.values();
    }

    private static boolean admits(ReportSearch search, Report report) {
        return search.clientId().map(report.clientId()::equals).orElse(true)
                && search.projectId().map(p -> report.projectId().filter(p::equals).isPresent()).orElse(true)
                && search.status().map(s -> s == report.status()).orElse(true);
    }
}
