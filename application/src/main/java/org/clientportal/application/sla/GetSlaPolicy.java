package org.clientportal.application.sla;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.SlaPolicy;

/** Reads the agency's SLA targets (the defaults until it sets its own). */
public final class GetSlaPolicy {

    private final Transactions transactions;
    private final SlaSettings settings;

    public GetSlaPolicy(Transactions transactions, SlaSettings settings) {
        this.transactions = transactions;
        this.settings = settings;
    }

    public Versioned<SlaPolicy> execute(Actor actor) {
        actor.require(Permission.READ);
        return transactions.inTenant(actor.tenantId(), () -> settings.versionedPolicyOf(actor.tenantId()));
    }
}
