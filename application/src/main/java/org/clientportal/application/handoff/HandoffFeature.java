package org.clientportal.application.handoff;

import org.clientportal.application.capacity.CurrentCapacity;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.sla.SlaSettings;

/** A client's handoff summary for a new owner. */
public record HandoffFeature(GetHandoff getHandoff) {

    public static HandoffFeature wire(GetHandoff.Ports ports, RequestClockRepository clocks,
                                      SlaSettingsRepository settings, CapacityBudgetRepository budgets,
                                      TimeEntryRepository entries, Clock clock) {
        return new HandoffFeature(new GetHandoff(ports, new SlaReadings(clocks, new SlaSettings(settings), clock),
                new CurrentCapacity(budgets, entries, clock)));
    }
}
