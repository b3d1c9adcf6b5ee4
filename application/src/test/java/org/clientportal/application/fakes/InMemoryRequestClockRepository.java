package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.RequestClock;

/** Clocks in a map by agency and request key; the fake's transactions run one at a time, so a lock is a read. */
public final class InMemoryRequestClockRepository implements RequestClockRepository {

    private record Key(TenantId tenant, TaskKey requestKey) {
    }

    private final TransactionalMap<Key, RequestClock> clocks;

    public InMemoryRequestClockRepository(InMemoryTransactions transactions) {
        this.clocks = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized void add(RequestClock clock) {
        Key key = new Key(clock.tenantId(), clock.requestKey());
        if (clocks.get(key).isPresent()) {
            throw new IllegalStateException("a request has one clock: " + clock.requestKey());
        }
        clocks.put(key, clock);
    }

    @Override
    public Optional<RequestClock> lockOfRequest(TenantId tenant, TaskKey requestKey) {
        return clocks.get(new Key(tenant, requestKey));
    }

    @Override
    public Optional<RequestClock> lockOfTask(TenantId tenant, TaskKey taskKey) {
        return clocks.values().stream().filter(c -> c.tenantId().equals(tenant) && c.taskKey().equals(Optional.of(taskKey)))
                .findFirst();
    }

    @Override
    public synchronized void update(RequestClock clock) {
        Key key = new Key(clock.tenantId(), clock.requestKey());
        RequestClock stored = clocks.get(key).orElseThrow(() -> new IllegalStateException("no clock to update"));
        if (!clock.stops().subList(0, stored.stops().size()).equals(stored.stops())) {
            throw new IllegalStateException("a clock's stops are only ever added to");
        }
        clocks.put(key, clock);
    }

    @Override
    public Map<TaskKey, RequestClock> ofTasks(TenantId tenant, Collection<TaskKey> taskKeys) {
        Map<TaskKey, RequestClock> found = new LinkedHashMap<>();
        clocks.values().stream().filter(c -> c.tenantId().equals(tenant))
                .forEach(c -> c.taskKey().filter(taskKeys::contains).ifPresent(k -> found.put(k, c)));
        return found;
    }

    @Override
    public Map<TaskKey, RequestClock> ofRequests(TenantId tenant, Collection<TaskKey> requestKeys) {
        Map<TaskKey, RequestClock> found = new LinkedHashMap<>();
        requestKeys.forEach(k -> clocks.get(new Key(tenant, k)).ifPresent(c -> found.put(k, c)));
        return found;
    }

    @Override
    public List<RequestClock> running(TenantId tenant) {
        return clocks.values().stream().filter(c -> c.tenantId().equals(tenant))
                .filter(c -> c.resolvedAt().isEmpty() && c.pausedSince().isEmpty()).toList();
    }
}
