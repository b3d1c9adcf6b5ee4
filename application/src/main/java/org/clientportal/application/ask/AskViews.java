package org.clientportal.application.ask;

import java.util.List;
import java.util.Map;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskReply;

/** Asks as the agency sees them, with their linked tasks and replies; inside the caller's transaction. */
final class AskViews {

    private final AskRepository asks;
    private final TaskRepository tasks;

    AskViews(AskRepository asks, TaskRepository tasks) {
        this.asks = asks;
        this.tasks = tasks;
    }

    AskView of(Ask ask) {
        return of(ask, asks.replies(ask.tenantId(), ask.id()));
    }

    List<AskView> of(List<Ask> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<AskId, List<AskReply>> replies = asks.repliesOf(page.get(0).tenantId(), page.stream().map(Ask::id).toList());
        return page.stream().map(ask -> of(ask, replies.getOrDefault(ask.id(), List.of()))).toList();
    }

    private AskView of(Ask ask, List<AskReply> replies) {
        return new AskView(ask, ask.linkedTask().flatMap(key -> tasks.find(ask.tenantId(), key)), replies);
    }
}
