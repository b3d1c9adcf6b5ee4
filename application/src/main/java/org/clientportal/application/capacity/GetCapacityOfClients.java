package org.clientportal.application.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;

/**
 * The capacity of several clients at once, as of today, for an overview such as the dashboard's chart:
 * their budgets read in one statement, in one transaction, and only the clients that have a budget
 * answered, in the order asked. Clients of another agency have no budgets here, so they never appear.
 */
public final class GetCapacityOfClients {

    /** As many clients as one overview shows. */
    public static final int MAX_CLIENTS = 100;

    private final Transactions transactions;
    private final CapacityBudgetRepository budgets;
    private final CapacityReport report;
    private final Clock clock;

    GetCapacityOfClients(Transactions transactions, CapacityBudgetRepository budgets, CapacityReport report,
                         Clock clock) {
        this.transactions = transactions;
        this.budgets = budgets;
        this.report = report;
        this.clock = clock;
    }

    public List<ClientCapacity> execute(Actor actor, List<ClientId> clients) {
        actor.require(Permission.READ);
        if (clients.size() > MAX_CLIENTS) {
            throw new IllegalArgumentException("at most " + MAX_CLIENTS + " clients at once");
        }
        CapacityRange today = CapacityRange.read(null, null, CapacityDays.today(clock));
        return transactions.inTenant(actor.tenantId(), () -> {
            Map<ClientId, List<CapacityBudget>> byClient = new LinkedHashMap<>();
            clients.forEach(client -> byClient.put(client, new ArrayList<>()));
            budgets.ofClients(actor.tenantId(), clients).forEach(budget -> byClient.get(budget.clientId()).add(budget));
            return byClient.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                    .map(entry -> report.of(actor.tenantId(), entry.getKey(), entry.getValue(), today, true))
                    .toList();
        });
    }
}
