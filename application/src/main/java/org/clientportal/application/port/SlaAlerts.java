package org.clientportal.application.port;

import java.time.Instant;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.shared.TenantId;

/** The SLA alerts raised: one per queue item of an SLA kind (a request's clock at risk, or breached). */
public interface SlaAlerts {

    /** Keeps the alert; false when it was raised already. */
    boolean raise(TenantId tenant, QueueItemId item, Instant at);
}
