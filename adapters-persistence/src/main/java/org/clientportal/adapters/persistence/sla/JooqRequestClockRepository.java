package org.clientportal.adapters.persistence.sla;

import static org.clientportal.adapters.persistence.generated.Tables.REQUEST_CLOCKS;
import static org.clientportal.adapters.persistence.generated.Tables.REQUEST_CLOCK_STOPS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.clientportal.adapters.persistence.generated.tables.records.RequestClocksRecord;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.sla.TimeSpan;
import org.clientportal.domain.task.TaskPriority;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Request clocks and their stops (V28__sla_clocks.sql): a clock in one row, its stops in rows of
 * their own, read in a second statement for every clock read at once.
 */
public final class JooqRequestClockRepository implements RequestClockRepository {

    @Override
    public void add(RequestClock clock) {
        // No returning: the portal inserts a clock it may not read.
        CurrentTransaction.dsl().insertInto(REQUEST_CLOCKS).set(toRecord(clock)).execute();
        addStops(clock);
    }

    @Override
    public Optional<RequestClock> lockOfRequest(TenantId tenant, TaskKey requestKey) {
        return locked(tenant, REQUEST_CLOCKS.REQUEST_KEY.eq(requestKey.value()));
    }

    @Override
    public Optional<RequestClock> lockOfTask(TenantId tenant, TaskKey taskKey) {
        return locked(tenant, REQUEST_CLOCKS.TASK_KEY.eq(taskKey.value()));
    }

    private Optional<RequestClock> locked(TenantId tenant, Condition which) {
        DSLContext dsl = CurrentTransaction.dsl();
        return dsl.selectFrom(REQUEST_CLOCKS).where(REQUEST_CLOCKS.TENANT_ID.eq(tenant.value()), which).forUpdate()
                .fetchOptional()
                .map(row -> withStops(tenant, List.of(row)).get(0));
    }

    @Override
    public void update(RequestClock clock) {
        CurrentTransaction.dsl().update(REQUEST_CLOCKS)
                .set(REQUEST_CLOCKS.TASK_KEY, clock.taskKey().map(TaskKey::value).orElse(null))
                .set(REQUEST_CLOCKS.PRIORITY, Lifecycle.wireName(clock.priority()))
                .set(REQUEST_CLOCKS.FIRST_RESPONDED_AT, clock.firstRespondedAt().orElse(null))
                .set(REQUEST_CLOCKS.RESOLVED_AT, clock.resolvedAt().orElse(null))
                .set(REQUEST_CLOCKS.PAUSED_SINCE, clock.pausedSince().orElse(null))
                .where(REQUEST_CLOCKS.TENANT_ID.eq(clock.tenantId().value()),
                        REQUEST_CLOCKS.REQUEST_KEY.eq(clock.requestKey().value()))
                .execute();
        addStops(clock);
    }

    /** Stops are only ever added to: those already stored are left as they are. */
    private static void addStops(RequestClock clock) {
        if (clock.stops().isEmpty()) {
            return;
        }
        var insert = CurrentTransaction.dsl().insertInto(REQUEST_CLOCK_STOPS, REQUEST_CLOCK_STOPS.TENANT_ID,
                REQUEST_CLOCK_STOPS.REQUEST_KEY, REQUEST_CLOCK_STOPS.STARTED_AT, REQUEST_CLOCK_STOPS.ENDED_AT);
        for (TimeSpan stop : clock.stops()) {
            insert = insert.values(clock.tenantId().value(), clock.requestKey().value(), stop.from(), stop.to());
        }
        insert.onConflictDoNothing().execute();
    }

    @Override
    public Map<TaskKey, RequestClock> ofTasks(TenantId tenant, Collection<TaskKey> taskKeys) {
        return byKey(tenant, REQUEST_CLOCKS.TASK_KEY.in(values(taskKeys)), c -> c.taskKey().orElseThrow());
    }

    @Override
    public Map<TaskKey, RequestClock> ofRequests(TenantId tenant, Collection<TaskKey> requestKeys) {
        return byKey(tenant, REQUEST_CLOCKS.REQUEST_KEY.in(values(requestKeys)), RequestClock::requestKey);
    }

    @Override
    public List<RequestClock> running(TenantId tenant) {
        return withStops(tenant, CurrentTransaction.dsl().selectFrom(REQUEST_CLOCKS)
                .where(REQUEST_CLOCKS.TENANT_ID.eq(tenant.value()), REQUEST_CLOCKS.RESOLVED_AT.isNull(),
                        REQUEST_CLOCKS.PAUSED_SINCE.isNull())
                .fetch());
    }

    private Map<TaskKey, RequestClock> byKey(TenantId tenant, Condition which,
                                             Function<RequestClock, TaskKey> keyOf) {
        List<RequestClocksRecord> rows = CurrentTransaction.dsl().selectFrom(REQUEST_CLOCKS)
                .where(REQUEST_CLOCKS.TENANT_ID.eq(tenant.value()), which).fetch();
        Map<TaskKey, RequestClock> found = new LinkedHashMap<>();
        withStops(tenant, rows).forEach(clock -> found.put(keyOf.apply(clock), clock));
        return found;
    }

    /** The clocks of these rows, each with its stops, read in one statement for all of them. */
    private static List<RequestClock> withStops(TenantId tenant, List<RequestClocksRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<TimeSpan>> stops = new LinkedHashMap<>();
        CurrentTransaction.dsl().selectFrom(REQUEST_CLOCK_STOPS)
                .where(REQUEST_CLOCK_STOPS.TENANT_ID.eq(tenant.value()),
                        REQUEST_CLOCK_STOPS.REQUEST_KEY.in(rows.stream().map(RequestClocksRecord::getRequestKey).toList()))
                .orderBy(REQUEST_CLOCK_STOPS.REQUEST_KEY, REQUEST_CLOCK_STOPS.STARTED_AT)
                .forEach(s -> stops.computeIfAbsent(s.getRequestKey(), k -> new ArrayList<>())
                        .add(new TimeSpan(s.getStartedAt(), s.getEndedAt())));
        return rows.stream().map(r -> toClock(r, stops.getOrDefault(r.getRequestKey(), List.of()))).toList();
    }

    private static List<String> values(Collection<TaskKey> keys) {
        return keys.stream().map(TaskKey::value).toList();
    }

    private static RequestClocksRecord toRecord(RequestClock clock) {
        RequestClocksRecord record = new RequestClocksRecord();
        record.setTenantId(clock.tenantId().value());
        record.setRequestKey(clock.requestKey().value());
        record.setClientId(clock.clientId().value());
        record.setTaskKey(clock.taskKey().map(TaskKey::value).orElse(null));
        record.setPriority(Lifecycle.wireName(clock.priority()));
        record.setStartedAt(clock.startedAt());
        record.setFirstRespondedAt(clock.firstRespondedAt().orElse(null));
        record.setResolvedAt(clock.resolvedAt().orElse(null));
        record.setPausedSince(clock.pausedSince().orElse(null));
        return record;
    }

    private static RequestClock toClock(RequestClocksRecord r, List<TimeSpan> stops) {
        return new RequestClock(new TenantId(r.getTenantId()), new ClientId(r.getClientId()),
                TaskKey.parse(r.getRequestKey()), Optional.ofNullable(r.getTaskKey()).map(TaskKey::parse),
                StatusNames.parse(TaskPriority.class, r.getPriority()), r.getStartedAt(),
                Optional.ofNullable(r.getFirstRespondedAt()), Optional.ofNullable(r.getResolvedAt()),
                Optional.ofNullable(r.getPausedSince()), stops);
    }
}
