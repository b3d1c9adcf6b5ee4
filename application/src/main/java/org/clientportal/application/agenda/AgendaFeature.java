package org.clientportal.application.agenda;

import org.clientportal.application.port.Agenda;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.SlaSettings;

/** What is coming due and what has gone stale, across the agency's records. */
public record AgendaFeature(ListDue listDue, ListStale listStale) {

    public static AgendaFeature wire(Transactions transactions, Agenda agenda, SlaSettingsRepository settings,
                                     Clock clock) {
        return new AgendaFeature(new ListDue(transactions, agenda, new SlaSettings(settings), clock),
                new ListStale(transactions, agenda, clock));
    }
}
