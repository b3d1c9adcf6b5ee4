package org.clientportal.application.capacity;

import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** The agency's view of a client's capacity: every budget, per period, with the crossings raised. */
public final class GetCapacity {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final CapacityBudgetRepository budgets;
    private final CapacityReport report;
    private final Clock clock;

    GetCapacity(Transactions transactions, ClientRepository clients, CapacityBudgetRepository budgets,
                CapacityReport report, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.budgets = budgets;
        this.report = report;
        this.clock = clock;
    }

    public ClientCapacity execute(Actor actor, String clientId, String from, String to) {
        actor.require(Permission.READ);
        ClientId client = ClientId.parse(clientId);
        CapacityRange range = CapacityRange.read(from, to, CapacityDays.today(clock));
        return transactions.inTenant(actor.tenantId(), () -> {
            clients.find(actor.tenantId(), client).orElseThrow(() -> new NotFound("client", clientId));
            return report.of(actor.tenantId(), client, budgets.ofClient(actor.tenantId(), client), range, true);
        });
    }
}
