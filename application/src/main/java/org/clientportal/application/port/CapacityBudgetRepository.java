package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** Clients' capacity budgets, and the crossings of their periods. */
public interface CapacityBudgetRepository {

    void add(CapacityBudget budget);

    Optional<CapacityBudget> find(TenantId tenant, CapacityBudgetId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(CapacityBudget budget, long expectedVersion);

    /** The budget and its crossings. Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void remove(CapacityBudget budget, long expectedVersion);

    /** The client's budgets, oldest first; in the portal, only those its contacts may see. */
    List<CapacityBudget> ofClient(TenantId tenant, ClientId client);

    /** The budgets of any of these clients, in one read: per client oldest first, clients in no order. */
    List<CapacityBudget> ofClients(TenantId tenant, Collection<ClientId> clients);

    /**
     * The client's budgets, each held until the transaction ends, in one order for every caller: writes
     * that count against the same budgets take turns, so each sees what the one before it wrote.
     */
    List<CapacityBudget> lockOfClient(TenantId tenant, ClientId client);

    /** Records the crossing unless its budget's period already reached that level; true when it is new. */
    boolean raise(TenantId tenant, CapacityCrossing crossing);

    /** The crossings of these budgets, any period. */
    List<CapacityCrossing> crossingsOf(TenantId tenant, Collection<CapacityBudgetId> budgets);
}
