package org.clientportal.application.fakes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** Budgets and crossings in maps; a crossing keyed as the table's primary key is. */
public final class InMemoryCapacityBudgetRepository implements CapacityBudgetRepository {

    /** A crossing's identity: its budget's period and level. */
    private record CrossingKey(CapacityBudgetId budget, LocalDate periodStart, String level) {
    }

    private final TransactionalMap<CapacityBudgetId, CapacityBudget> budgets;
    private final TransactionalMap<CrossingKey, CapacityCrossing> crossings;

    public InMemoryCapacityBudgetRepository(InMemoryTransactions transactions) {
        this.budgets = new TransactionalMap<>(transactions);
        this.crossings = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(CapacityBudget budget) {
        budgets.put(budget.id(), budget);
    }

    @Override
    public Optional<CapacityBudget> find(TenantId tenant, CapacityBudgetId id) {
        return budgets.get(id).filter(b -> b.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(CapacityBudget budget, long expectedVersion) {
        stored(budget, expectedVersion);
        budgets.put(budget.id(), budget);
    }

    @Override
    public synchronized void remove(CapacityBudget budget, long expectedVersion) {
        stored(budget, expectedVersion);
        budgets.remove(budget.id());
        crossings.entries().stream().filter(e -> e.getKey().budget().equals(budget.id()))
                .forEach(e -> crossings.remove(e.getKey()));
    }

    private void stored(CapacityBudget budget, long expectedVersion) {
        CapacityBudget stored = find(budget.tenantId(), budget.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("capacity-budget", budget.id().toString());
        }
    }

    @Override
    public List<CapacityBudget> ofClient(TenantId tenant, ClientId client) {
        return budgets.values().stream().filter(b -> b.tenantId().equals(tenant) && b.clientId().equals(client))
                .sorted(Comparator.comparing(CapacityBudget::createdAt)
                        .thenComparing(b -> b.id().value(), Keyset.POSTGRES_ORDER))
                .toList();
    }

    @Override
    public List<CapacityBudget> ofClients(TenantId tenant, Collection<ClientId> clients) {
        return clients.stream().distinct().flatMap(client -> ofClient(tenant, client).stream()).toList();
    }

    /** The fake's transactions run one at a time, so holding the budgets is reading them. */
    @Override
    public List<CapacityBudget> lockOfClient(TenantId tenant, ClientId client) {
        return ofClient(tenant, client).stream().sorted(Comparator.comparing(b -> b.id().value(), Keyset.POSTGRES_ORDER))
                .toList();
    }

    @Override
    public synchronized boolean raise(TenantId tenant, CapacityCrossing crossing) {
        CrossingKey key = new CrossingKey(crossing.budgetId(), crossing.periodStart(), crossing.level().name());
        if (crossings.get(key).isPresent()) {
            return false;
        }
        crossings.put(key, crossing);
        return true;
    }

    @Override
    public List<CapacityCrossing> crossingsOf(TenantId tenant, Collection<CapacityBudgetId> ids) {
        return crossings.values().stream().filter(c -> ids.contains(c.budgetId())).toList();
    }

    /** Every crossing of every agency, for the queue's fake. */
    List<CapacityCrossing> allCrossings() {
        return crossings.values();
    }
}
