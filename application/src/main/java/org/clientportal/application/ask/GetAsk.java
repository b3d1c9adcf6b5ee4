package org.clientportal.application.ask;

import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;

/** Reads one ask by its key, with its linked task and replies. A task's key names no ask: not found. */
public final class GetAsk {

    private final Transactions transactions;
    private final AskRepository asks;
    private final AskViews views;

    public GetAsk(Transactions transactions, AskRepository asks, AskViews views) {
        this.transactions = transactions;
        this.asks = asks;
        this.views = views;
    }

    public AskView execute(Actor actor, String askKey) {
        actor.require(Permission.READ);
        TaskKey key = Keys.ofAsk(askKey);
        return transactions.inTenant(actor.tenantId(), () -> views.of(
                asks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("ask", askKey))));
    }
}
