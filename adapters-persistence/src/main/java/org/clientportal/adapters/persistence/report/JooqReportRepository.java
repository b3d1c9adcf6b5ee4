package org.clientportal.adapters.persistence.report;

import static org.clientportal.adapters.persistence.generated.Tables.REPORTS;
import static org.clientportal.adapters.persistence.generated.Tables.REPORT_ACKNOWLEDGEMENTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clientportal.adapters.persistence.generated.tables.records.ReportsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.report.ReportSearch;
import org.clientportal.application.report.ReportSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportAcknowledgement;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Reports and their acknowledgements: a page is read in two statements, the reports and then all their acknowledgements. */
public final class JooqReportRepository implements ReportRepository {

    @Override
    public void add(Report report) {
        CurrentTransaction.dsl().insertInto(REPORTS).set(ReportRows.toRecord(report)).execute();
    }

    @Override
    public Optional<Report> find(TenantId tenant, ReportId id) {
        return CurrentTransaction.dsl().selectFrom(REPORTS)
                .where(REPORTS.TENANT_ID.eq(tenant.value()), REPORTS.ID.eq(id.value()))
                .fetchOptional()
                .map(row -> withAcknowledgements(tenant, List.of(row)).get(0));
    }

    @Override
    public void update(Report report, long expectedVersion) {
        VersionedUpdate.write(ReportRows.toRecord(report), REPORTS.TENANT_ID, REPORTS.ID, REPORTS.VERSION,
                expectedVersion, "report");
    }

    @Override
    public boolean acknowledge(TenantId tenant, ReportId report, ReportAcknowledgement acknowledgement) {
        return CurrentTransaction.dsl().insertInto(REPORT_ACKNOWLEDGEMENTS)
                .set(ReportRows.toRecord(tenant, report, acknowledgement))
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public Page<Report> search(TenantId tenant, ReportSearch search, PageRequest<ReportSort> page) {
        Page<ReportsRecord> rows = keyset(page).page(searchQuery(tenant, search, page).fetch());
        List<Report> reports = withAcknowledgements(tenant, rows.items());
        return new Page<>(reports, rows.next());
    }

    /** The statement that reads one page, served by the order's index or the client's; a test asks for its plan. */
    static ResultQuery<ReportsRecord> searchQuery(TenantId tenant, ReportSearch search, PageRequest<ReportSort> page) {
        Condition filter = REPORTS.TENANT_ID.eq(tenant.value())
                .and(search.clientId().map(c -> REPORTS.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()))
                .and(search.projectId().map(p -> REPORTS.PROJECT_ID.eq(p.value())).orElse(DSL.noCondition()))
                .and(search.status().map(s -> REPORTS.STATUS.eq(Lifecycle.wireName(s))).orElse(DSL.noCondition()));
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(REPORTS).where(filter));
    }

    private static List<Report> withAcknowledgements(TenantId tenant, List<ReportsRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(ReportsRecord::getId).toList();
        Map<UUID, List<ReportAcknowledgement>> byReport = CurrentTransaction.dsl()
                .selectFrom(REPORT_ACKNOWLEDGEMENTS)
                .where(REPORT_ACKNOWLEDGEMENTS.TENANT_ID.eq(tenant.value()),
                        REPORT_ACKNOWLEDGEMENTS.REPORT_ID.eq(DSL.any(ids.toArray(UUID[]::new))))
                .orderBy(REPORT_ACKNOWLEDGEMENTS.AT, REPORT_ACKNOWLEDGEMENTS.CONTACT_ID)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(r -> r.getReportId(),
                        Collectors.mapping(ReportRows::toAcknowledgement, Collectors.toList())));
        return rows.stream().map(row -> ReportRows.toReport(row, byReport.getOrDefault(row.getId(), List.of())))
                .toList();
    }

    private static Keyset<ReportsRecord> keyset(PageRequest<ReportSort> page) {
        SortColumn<ReportsRecord, ?> column = switch (page.sort().field()) {
            case CREATED_AT -> SortColumn.time(REPORTS.CREATED_AT);
            case UPDATED_AT -> SortColumn.time(REPORTS.UPDATED_AT);
        };
        return new Keyset<>(column, REPORTS.ID, page);
    }
}
