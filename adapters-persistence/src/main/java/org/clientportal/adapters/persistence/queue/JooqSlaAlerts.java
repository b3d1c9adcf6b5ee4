package org.clientportal.adapters.persistence.queue;

import static org.clientportal.adapters.persistence.generated.Tables.SLA_ALERTS;

import java.time.Instant;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.SlaAlerts;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.shared.TenantId;

/** Alerts in portal.sla_alerts (V37): the key lets each be raised once, whoever races to raise it. */
public final class JooqSlaAlerts implements SlaAlerts {

    @Override
    public boolean raise(TenantId tenant, QueueItemId item, Instant at) {
        return CurrentTransaction.dsl().insertInto(SLA_ALERTS)
                .set(SLA_ALERTS.TENANT_ID, tenant.value())
                .set(SLA_ALERTS.ITEM_ID, item.toString())
                .set(SLA_ALERTS.RAISED_AT, at)
                .onConflictDoNothing()
                .execute() == 1;
    }
}
