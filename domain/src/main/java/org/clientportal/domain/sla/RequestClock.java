package org.clientportal.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskStatus;

/**
 * The SLA clock of one client request (a task request, or an ask), keyed by the request's key. It
 * starts when the request is filed and records what its targets are measured by: the first
 * response, the resolution, and the spans in which it stood still (waiting on the client, resolved
 * until reopened). An ask classified as work hands its clock to the task made of it, whose moves
 * drive it from then on. Immutable: changes return a new clock.
 */
public record RequestClock(TenantId tenantId, ClientId clientId, TaskKey requestKey, Optional<TaskKey> taskKey,
                           TaskPriority priority, Instant startedAt, Optional<Instant> firstRespondedAt,
                           Optional<Instant> resolvedAt, Optional<Instant> pausedSince, List<TimeSpan> stops) {

    public RequestClock {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(requestKey, "requestKey");
        Objects.requireNonNull(taskKey, "taskKey");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(pausedSince, "pausedSince");
        stops = List.copyOf(stops);
        if (resolvedAt.isPresent() && pausedSince.isPresent()) {
            throw new IllegalArgumentException("a resolved clock is not paused as well");
        }
    }

    /** A clock started when the request was filed, on the task that carries it, if any yet. */
    public static RequestClock start(TenantId tenantId, ClientId clientId, TaskKey requestKey,
                                     Optional<TaskKey> taskKey, TaskPriority priority, Instant at) {
        return new RequestClock(tenantId, clientId, requestKey, taskKey, priority, at, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** The agency answered the client (a client-visible reply, comment or status change); only the first counts. */
    public RequestClock respond(Instant at) {
        if (firstRespondedAt.isPresent()) {
            return this;
        }
        return new RequestClock(tenantId, clientId, requestKey, taskKey, priority, startedAt, Optional.of(at),
                resolvedAt, pausedSince, stops);
    }

    /**
     * The request's task moved, by the agency's hand: that is a response; waiting on the client
     * pauses the clock, done or cancelled (a declined request too) resolves it, reopening runs it again.
     */
    public RequestClock taskMoved(TaskStatus from, TaskStatus to, Instant at) {
        RequestClock clock = respond(at);
        if (from.isClosed() && !to.isClosed()) {
            clock = clock.reopen(at);
        }
        if (from == TaskStatus.WAITING_ON_CLIENT && to != TaskStatus.WAITING_ON_CLIENT) {
            clock = clock.resume(at);
        }
        if (to == TaskStatus.WAITING_ON_CLIENT) {
            clock = clock.pause(at);
        }
        if (to.isClosed()) {
            clock = clock.resolve(at);
        }
        return clock;
    }

    public RequestClock pause(Instant at) {
        if (pausedSince.isPresent() || resolvedAt.isPresent()) {
            return this;
        }
        return new RequestClock(tenantId, clientId, requestKey, taskKey, priority, startedAt, firstRespondedAt,
                resolvedAt, Optional.of(at), stops);
    }

    public RequestClock resume(Instant at) {
        return pausedSince.map(since -> new RequestClock(tenantId, clientId, requestKey, taskKey, priority, startedAt,
                firstRespondedAt, resolvedAt, Optional.<Instant>empty(), plus(new TimeSpan(since, later(since, at)))))
                .orElse(this);
    }

    /** Resolved: the clock stops for good, unless the request is reopened. */
    public RequestClock resolve(Instant at) {
        if (resolvedAt.isPresent()) {
            return this;
        }
        RequestClock running = resume(at);
        return new RequestClock(tenantId, clientId, requestKey, taskKey, priority, startedAt, firstRespondedAt,
                Optional.of(at), Optional.empty(), running.stops);
    }

    /** Reopened: the clock runs again, and the time it stood resolved does not count. */
    public RequestClock reopen(Instant at) {
        return resolvedAt.map(since -> new RequestClock(tenantId, clientId, requestKey, taskKey, priority, startedAt,
                firstRespondedAt, Optional.<Instant>empty(), pausedSince, plus(new TimeSpan(since, later(since, at)))))
                .orElse(this);
    }

    /** An ask became work: the task made of it carries the clock on, at that task's priority. */
    public RequestClock handTo(TaskKey task, TaskPriority taskPriority) {
        return new RequestClock(tenantId, clientId, requestKey, Optional.of(task), taskPriority, startedAt,
                firstRespondedAt, resolvedAt, pausedSince, stops);
    }

    /** The request's priority changed: its targets are that priority's from now on. */
    public RequestClock withPriority(TaskPriority newPriority) {
        return new RequestClock(tenantId, clientId, requestKey, taskKey, newPriority, startedAt, firstRespondedAt,
                resolvedAt, pausedSince, stops);
    }

    /** The key of what carries the clock now: the task made of an ask, else the request itself. */
    public TaskKey carrier() {
        return taskKey.orElse(requestKey);
    }

    /** Where the clock stands at {@code now}, in these business hours against these targets. */
    public SlaReading readAt(BusinessHours hours, SlaPolicy policy, Instant now) {
        List<TimeSpan> stopped = new ArrayList<>(stops);
        pausedSince.ifPresent(since -> stopped.add(new TimeSpan(since, later(since, now))));
        BusinessTime time = new BusinessTime(hours, stopped);
        SlaTarget target = policy.targetFor(priority);
        Duration elapsed = time.between(startedAt, resolvedAt.orElse(now));
        Instant firstResponseDue = time.after(startedAt, target.firstResponse());
        Instant resolutionDue = time.after(startedAt, target.resolution());
        SlaState firstResponse = firstRespondedAt
                .map(at -> at.isAfter(firstResponseDue) ? SlaState.BREACHED : SlaState.ON_TRACK)
                .orElseGet(() -> running(elapsed, target.firstResponse()));
        SlaState resolution = resolvedAt
                .map(at -> at.isAfter(resolutionDue) ? SlaState.BREACHED : SlaState.ON_TRACK)
                .orElseGet(() -> running(elapsed, target.resolution()));
        SlaState state = firstResponse.compareTo(resolution) >= 0 ? firstResponse : resolution;
        return new SlaReading(firstResponseDue, firstRespondedAt, resolutionDue, resolvedAt, elapsed.toMinutes(),
                pausedSince.isPresent(), state);
    }

    private static SlaState running(Duration elapsed, Duration target) {
        if (elapsed.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        return elapsed.multipliedBy(100).compareTo(target.multipliedBy(SlaPolicy.AT_RISK_PERCENT)) >= 0
                ? SlaState.AT_RISK : SlaState.ON_TRACK;
    }

    /** The stops with one more; an empty one (stopped and started again at once) is no stop. */
    private List<TimeSpan> plus(TimeSpan stop) {
        if (stop.isEmpty()) {
            return stops;
        }
        List<TimeSpan> all = new ArrayList<>(stops);
        all.add(stop);
        return all;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }
}
