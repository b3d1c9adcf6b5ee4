package org.clientportal.application.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskSource;

/**
 * The SLA clocks of tasks and asks read now, inside the caller's transaction. Only what a client
 * filed has a clock: an operator's own task is not looked up, and settings are read only when a
 * clock was found.
 */
public final class SlaReadings {

    private final RequestClockRepository clocks;
    private final SlaSettings settings;
    private final Clock clock;

    public SlaReadings(RequestClockRepository clocks, SlaSettings settings, Clock clock) {
        this.clocks = clocks;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<SlaReading> ofTask(Task task) {
        return Optional.ofNullable(ofTasks(task.tenantId(), List.of(task)).get(task.key()));
    }

    /** By task key, for the tasks that carry a clock. */
    public Map<TaskKey, SlaReading> ofTasks(TenantId tenant, Collection<Task> tasks) {
        List<TaskKey> requested = tasks.stream().filter(t -> t.source() != TaskSource.OPERATOR).map(Task::key).toList();
        return requested.isEmpty() ? Map.of() : read(tenant, clocks.ofTasks(tenant, requested));
    }

    /** A clock just written, read now without reading it back. */
    public SlaReading of(TenantId tenant, RequestClock written) {
        return read(tenant, Map.of(written.carrier(), written)).get(written.carrier());
    }

    public Optional<SlaReading> ofAsk(Ask ask) {
        return Optional.ofNullable(ofAsks(ask.tenantId(), List.of(ask)).get(ask.key()));
    }

    /** By ask key. */
    public Map<TaskKey, SlaReading> ofAsks(TenantId tenant, Collection<Ask> asks) {
        return asks.isEmpty() ? Map.of() : read(tenant, clocks.ofRequests(tenant, asks.stream().map(Ask::key).toList()));
    }

    private Map<TaskKey, SlaReading> read(TenantId tenant, Map<TaskKey, RequestClock> found) {
        if (found.isEmpty()) {
            return Map.of();
        }
        BusinessHours hours = settings.hoursOf(tenant);
        SlaPolicy policy = settings.policyOf(tenant);
        Instant now = clock.now();
        Map<TaskKey, SlaReading> readings = new LinkedHashMap<>();
        found.forEach((key, requestClock) -> readings.put(key, requestClock.readAt(hours, policy, now)));
        return readings;
    }
}
