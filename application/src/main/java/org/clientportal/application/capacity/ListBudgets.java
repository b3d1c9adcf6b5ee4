package org.clientportal.application.capacity;

import java.util.List;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** A client's budgets, oldest first: never more than {@link org.clientportal.domain.capacity.BudgetRules#BUDGETS_PER_CLIENT_MAX}, so not paged. */
public final class ListBudgets {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final CapacityBudgetRepository budgets;

    public ListBudgets(Transactions transactions, ClientRepository clients, CapacityBudgetRepository budgets) {
        this.transactions = transactions;
        this.clients = clients;
        this.budgets = budgets;
    }

    public List<CapacityBudget> execute(Actor actor, String clientId) {
        actor.require(Permission.READ);
        ClientId client = ClientId.parse(clientId);
        return transactions.inTenant(actor.tenantId(), () -> {
            clients.find(actor.tenantId(), client).orElseThrow(() -> new NotFound("client", clientId));
            return budgets.ofClient(actor.tenantId(), client);
        });
    }
}
