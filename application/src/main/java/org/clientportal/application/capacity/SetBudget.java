package org.clientportal.application.capacity;

import java.util.List;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.BudgetRules;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/**
 * An owner or admin gives a client a capacity budget. Time already logged in its current period
 * counts at once: a budget set below it raises its crossings now.
 */
public final class SetBudget {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final CapacityBudgetRepository budgets;
    private final CapacityCrossings crossings;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public SetBudget(Transactions transactions, ClientRepository clients, CapacityBudgetRepository budgets,
                     CapacityCrossings crossings, AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.budgets = budgets;
        this.crossings = crossings;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public CapacityBudget execute(Actor actor, String clientId, BudgetCommand command) {
        actor.require(Permission.MANAGE_CAPACITY);
        ClientId client = ClientId.parse(clientId);
        BudgetTerms terms = BudgetInput.terms(command, CapacityDays.today(clock));
        return transactions.inTenant(actor.tenantId(), () -> {
            // The client's lock orders budgets set at once, so that none goes past the limit.
            clients.lock(actor.tenantId(), client).orElseThrow(() -> new NotFound("client", clientId));
            BudgetRules.mayAddBudget(budgets.ofClient(actor.tenantId(), client).size()).ifPresent(r -> {
                throw r.toError();
            });
            CapacityBudget budget = CapacityBudget.set(new CapacityBudgetId(ids.next()), actor.tenantId(), client,
                    terms, clock.now());
            budgets.add(budget);
            audit.created(actor, "capacity-budget.set", "capacity-budget", budget.id(), Snapshots.of(budget));
            crossings.check(actor, client, List.of(CapacityDays.today(clock)));
            return budget;
        });
    }
}
