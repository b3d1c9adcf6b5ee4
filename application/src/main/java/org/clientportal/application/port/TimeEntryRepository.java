package org.clientportal.application.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.capacity.TimeEntrySearch;
import org.clientportal.application.capacity.TimeEntrySort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** Time operators spent on clients' work. */
public interface TimeEntryRepository {

    void add(TimeEntry entry);

    Optional<TimeEntry> find(TenantId tenant, TimeEntryId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(TimeEntry entry, long expectedVersion);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void remove(TimeEntry entry, long expectedVersion);

    /** The entries matching the filters, in the requested order (ties by id), after the request's position. */
    Page<TimeEntry> search(TenantId tenant, TimeEntrySearch search, PageRequest<TimeEntrySort> page);

    /**
     * The client's minutes on each day of the range that has any, oldest first: what its budgets count.
     * The client's contacts read these totals too, never the entries.
     */
    List<DayTotal> dailyTotals(TenantId tenant, ClientId client, LocalDate from, LocalDate to);
}
