package org.clientportal.adapters.persistence.capacity;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENT_TIME_BY_DAY;
import static org.clientportal.adapters.persistence.generated.Tables.TIME_ENTRIES;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.TimeEntriesRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.capacity.TimeEntrySearch;
import org.clientportal.application.capacity.TimeEntrySort;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Time entries (V26__time_and_capacity.sql); their day totals are kept by the table's trigger in
 * client_time_by_day, which is what budgets read.
 */
public final class JooqTimeEntryRepository implements TimeEntryRepository {

    @Override
    public void add(TimeEntry entry) {
        CurrentTransaction.dsl().insertInto(TIME_ENTRIES).set(TimeEntryRows.toRecord(entry)).execute();
    }

    @Override
    public Optional<TimeEntry> find(TenantId tenant, TimeEntryId id) {
        return CurrentTransaction.dsl().selectFrom(TIME_ENTRIES)
                .where(TIME_ENTRIES.TENANT_ID.eq(tenant.value()), TIME_ENTRIES.ID.eq(id.value()))
                .fetchOptional(TimeEntryRows::toEntry);
    }

    @Override
    public void update(TimeEntry entry, long expectedVersion) {
        VersionedUpdate.write(TimeEntryRows.toRecord(entry), TIME_ENTRIES.TENANT_ID, TIME_ENTRIES.ID,
                TIME_ENTRIES.VERSION, expectedVersion, "time-entry");
    }

    @Override
    public void remove(TimeEntry entry, long expectedVersion) {
        VersionedUpdate.delete(TIME_ENTRIES, TIME_ENTRIES.TENANT_ID, TIME_ENTRIES.ID, TIME_ENTRIES.VERSION,
                entry.tenantId().value(), entry.id().value(), expectedVersion, "time-entry");
    }

    @Override
    public Page<TimeEntry> search(TenantId tenant, TimeEntrySearch search, PageRequest<TimeEntrySort> page) {
        SortColumn<TimeEntriesRecord, ?> column = switch (page.sort().field()) {
            case DATE -> SortColumn.date(TIME_ENTRIES.DATE);
            case CREATED_AT -> SortColumn.time(TIME_ENTRIES.CREATED_AT);
        };
        Keyset<TimeEntriesRecord> keyset = new Keyset<>(column, TIME_ENTRIES.ID, page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(TIME_ENTRIES)
                .where(TIME_ENTRIES.TENANT_ID.eq(tenant.value()), filters(search))).fetch())
                .map(TimeEntryRows::toEntry);
    }

    private static Condition filters(TimeEntrySearch search) {
        return DSL.and(
                search.client().map(c -> TIME_ENTRIES.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()),
                search.project().map(p -> TIME_ENTRIES.PROJECT_ID.eq(p.value())).orElse(DSL.noCondition()),
                search.task().map(t -> TIME_ENTRIES.TASK_KEY.eq(t.value())).orElse(DSL.noCondition()),
                search.operator().map(o -> TIME_ENTRIES.OPERATOR_ID.eq(o.value())).orElse(DSL.noCondition()),
                search.from().map(TIME_ENTRIES.DATE::ge).orElse(DSL.noCondition()),
                search.to().map(TIME_ENTRIES.DATE::le).orElse(DSL.noCondition()),
                search.billable().map(TIME_ENTRIES.BILLABLE::eq).orElse(DSL.noCondition()));
    }

    @Override
    public List<DayTotal> dailyTotals(TenantId tenant, ClientId client, LocalDate from, LocalDate to) {
        return CurrentTransaction.dsl()
                .select(CLIENT_TIME_BY_DAY.DAY, CLIENT_TIME_BY_DAY.MINUTES, CLIENT_TIME_BY_DAY.BILLABLE_MINUTES)
                .from(CLIENT_TIME_BY_DAY)
                .where(CLIENT_TIME_BY_DAY.TENANT_ID.eq(tenant.value()), CLIENT_TIME_BY_DAY.CLIENT_ID.eq(client.value()),
                        CLIENT_TIME_BY_DAY.DAY.between(from, to), CLIENT_TIME_BY_DAY.MINUTES.gt(0L))
                .orderBy(CLIENT_TIME_BY_DAY.DAY)
                .fetch(r -> new DayTotal(r.value1(), r.value2(), r.value3()));
    }
}
