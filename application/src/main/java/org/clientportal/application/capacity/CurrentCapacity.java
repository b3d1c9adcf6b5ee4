package org.clientportal.application.capacity;

import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** A client's capacity in the periods holding today, as the agency sees it, inside the caller's transaction. */
public final class CurrentCapacity {

    private final CapacityBudgetRepository budgets;
    private final CapacityReport report;
    private final Clock clock;

    public CurrentCapacity(CapacityBudgetRepository budgets, TimeEntryRepository entries, Clock clock) {
        this.budgets = budgets;
        this.report = new CapacityReport(budgets, entries);
        this.clock = clock;
    }

    public ClientCapacity of(TenantId tenant, ClientId client) {
        return report.of(tenant, client, budgets.ofClient(tenant, client),
                CapacityRange.read(null, null, CapacityDays.today(clock)), true);
    }
}
