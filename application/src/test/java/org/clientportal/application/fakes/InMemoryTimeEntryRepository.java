package org.clientportal.application.fakes;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.capacity.TimeEntrySearch;
import org.clientportal.application.capacity.TimeEntrySort;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Time entries in a map; day totals summed from them on each read. */
public final class InMemoryTimeEntryRepository implements TimeEntryRepository {

    private final TransactionalMap<TimeEntryId, TimeEntry> entries;

    public InMemoryTimeEntryRepository(InMemoryTransactions transactions) {
        this.entries = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(TimeEntry entry) {
        entries.put(entry.id(), entry);
    }

    @Override
    public Optional<TimeEntry> find(TenantId tenant, TimeEntryId id) {
        return entries.get(id).filter(e -> e.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(TimeEntry entry, long expectedVersion) {
        stored(entry, expectedVersion);
        entries.put(entry.id(), entry);
    }

    @Override
    public synchronized void remove(TimeEntry entry, long expectedVersion) {
        stored(entry, expectedVersion);
        entries.remove(entry.id());
    }

    private void stored(TimeEntry entry, long expectedVersion) {
        TimeEntry stored = find(entry.tenantId(), entry.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("time-entry", entry.id().toString());
        }
    }

    @Override
    public Page<TimeEntry> search(TenantId tenant, TimeEntrySearch search, PageRequest<TimeEntrySort> page) {
        return Keyset.page(entries.values(), e -> e.tenantId().equals(tenant) && matches(e, search), page,
                e -> switch (page.sort().field()) {
                    case DATE -> new SortValue.Date(Optional.of(e.spent().date()));
                    case CREATED_AT -> new SortValue.Time(e.createdAt());
                }, e -> e.id().value());
    }

    private static boolean matches(TimeEntry e, TimeEntrySearch s) {
        LocalDate day = e.spent().date();
        return s.client().map(e.clientId()::equals).orElse(true)
                && s.project().map(p -> e.projectId().map(p::equals).orElse(false)).orElse(true)
                && s.task().map(t -> e.task().map(on -> on.key().equals(t)).orElse(false)).orElse(true)
                && s.operator().map(e.operatorId()::equals).orElse(true)
                && s.from().map(from -> !day.isBefore(from)).orElse(true)
                && s.to().map(to -> !day.isAfter(to)).orElse(true)
                && s.billable().map(b -> b == e.spent().billable()).orElse(true);
    }

    @Override
    public List<DayTotal> dailyTotals(TenantId tenant, ClientId client, LocalDate from, LocalDate to) {
        TreeMap<LocalDate, DayTotal> days = new TreeMap<>();
        for (TimeEntry e : entries.values()) {
            LocalDate day = e.spent().date();
            if (e.tenantId().equals(tenant) && e.clientId().equals(client) && !day.isBefore(from) && !day.isAfter(to)) {
                DayTotal was = days.getOrDefault(day, new DayTotal(day, 0, 0));
                int minutes = e.spent().minutes();
                days.put(day, new DayTotal(day, was.minutes() + minutes,
                        was.billableMinutes() + (e.spent().billable() ? minutes : 0)));
            }
        }
        return List.copyOf(days.values());
    }
}
