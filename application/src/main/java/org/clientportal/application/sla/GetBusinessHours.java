package org.clientportal.application.sla;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;

/** Reads the agency's business hours (the defaults until it sets its own). */
public final class GetBusinessHours {

    private final Transactions transactions;
    private final SlaSettings settings;

    public GetBusinessHours(Transactions transactions, SlaSettings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    public Versioned<BusinessHours> execute(Actor actor) {
        actor.require(Permission.READ);
        return transactions.inTenant(actor.tenantId(), () -> settings.versionedHoursOf(actor.tenantId()));
    }
}
