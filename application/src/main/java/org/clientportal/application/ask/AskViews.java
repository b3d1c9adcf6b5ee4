package org.clientportal.application.ask;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.SlaReading;

/** Asks as the agency sees them, with their linked tasks, replies and SLA clocks; inside the caller's transaction. */
final class AskViews {

    private final AskRepository asks;
    private final TaskRepository tasks;
    private final SlaReadings slas;

    AskViews(AskRepository asks, TaskRepository tasks, SlaReadings slas) {
        this.asks = asks;
        this.tasks = tasks;
        this.slas = slas;
    }

    AskView of(Ask ask) {
        return of(ask, asks.replies(ask.tenantId(), ask.id()));
    }

    /** The ask with the replies the caller already read. */
    AskView of(Ask ask, List<AskReply> replies) {
        return of(ask, replies, slas.ofAsk(ask));
    }

    List<AskView> of(List<Ask> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        TenantId tenant = page.get(0).tenantId();
        Map<AskId, List<AskReply>> replies = asks.repliesOf(tenant, page.stream().map(Ask::id).toList());
        Map<TaskKey, SlaReading> readings = slas.ofAsks(tenant, page);
        return page.stream().map(ask -> of(ask, replies.getOrDefault(ask.id(), List.of()),
                Optional.ofNullable(readings.get(ask.key())))).toList();
    }

    private AskView of(Ask ask, List<AskReply> replies, Optional<SlaReading> sla) {
        return new AskView(ask, ask.linkedTask().flatMap(key -> tasks.find(ask.tenantId(), key)), replies, sla);
    }
}
