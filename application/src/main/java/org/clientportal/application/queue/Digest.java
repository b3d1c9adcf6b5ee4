package org.clientportal.application.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.task.Task;

/**
 * An operator's day at a glance: their open tasks due by tomorrow (overdue ones first), the agency's
 * client requests at risk of or past their SLA targets, and what came in since the start of
 * yesterday (requests and asks waiting for someone, reports waiting for review).
 */
public record Digest(Operator operator, LocalDate day, ZoneId zone, List<Task> due, List<QueueItem> atRisk,
                     Instant newSince, List<QueueItem> arrived) {

    public Digest {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(zone, "zone");
        due = List.copyOf(due);
        atRisk = List.copyOf(atRisk);
        Objects.requireNonNull(newSince, "newSince");
        arrived = List.copyOf(arrived);
    }
}
