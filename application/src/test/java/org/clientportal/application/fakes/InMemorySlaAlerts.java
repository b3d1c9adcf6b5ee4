package org.clientportal.application.fakes;

import java.time.Instant;
import org.clientportal.application.port.SlaAlerts;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.shared.TenantId;

/** The alerts raised, in a map keyed as the table is. */
public final class InMemorySlaAlerts implements SlaAlerts {

    private final TransactionalMap<String, Instant> raised;

    public InMemorySlaAlerts(InMemoryTransactions transactions) {
        this.raised = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized boolean raise(TenantId tenant, QueueItemId item, Instant at) {
        String key = tenant + "/" + item;
        if (raised.get(key).isPresent()) {
            return false;
        }
        raised.put(key, at);
        return true;
    }
}
