package org.clientportal.application.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.SlaAlerts;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.shared.TenantId;

/**
 * Tells the agency, through the hub, of each client request whose SLA clock is at risk or breached
 * now, once per request and state: the same items the queue lists, each raised as a fact of its own
 * in the agency's transaction (a mark in the queue does not silence it: the alert is news, the mark
 * is someone's answer to it).
 */
public final class RaiseSlaAlerts {

    private static final int MAX = 500;

    private final Transactions transactions;
    private final QueueItems items;
    private final SlaAlerts alerts;
    private final Notifications notifications;

    RaiseSlaAlerts(Transactions transactions, QueueItems items, SlaAlerts alerts, Notifications notifications) {
        this.transactions = transactions;
        this.items = items;
        this.alerts = alerts;
        this.notifications = notifications;
    }

    /** How many alerts were raised now. */
    public int raise(TenantId tenant, Instant at) {
        return transactions.inTenant(tenant, () -> {
            List<QueueItem> late = new ArrayList<>();
            for (QueueItemKind kind : List.of(QueueItemKind.SLA_BREACHED, QueueItemKind.SLA_AT_RISK)) {
                late.addAll(items.ofSlaKind(tenant, kind, MAX));
            }
            int raised = 0;
            for (QueueItem item : late) {
                if (alerts.raise(tenant, item.id(), at)) {
                    notifications.slaAlert(tenant, item);
                    raised++;
                }
            }
            return raised;
        });
    }
}
