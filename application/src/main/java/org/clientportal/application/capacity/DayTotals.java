package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.domain.capacity.Period;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** A client's day totals for every day of some periods, read in one statement from the first day to the last. */
final class DayTotals {

    private DayTotals() {
    }

    static List<DayTotal> over(TimeEntryRepository entries, TenantId tenant, ClientId client,
                               Collection<Period> periods) {
        Optional<LocalDate> first = periods.stream().map(Period::start).min(Comparator.naturalOrder());
        if (first.isEmpty()) {
            return List.of();
        }
        LocalDate last = periods.stream().map(Period::end).max(Comparator.naturalOrder()).orElseThrow();
        return entries.dailyTotals(tenant, client, first.get(), last);
    }
}
