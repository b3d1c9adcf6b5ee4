package org.clientportal.application.ask;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;

/** A contact reads one of their client's requests by its key: a task request or an ask. */
public final class GetSharedRequest {

    private final Transactions transactions;
    private final SharedRequests sharedRequests;

    public GetSharedRequest(Transactions transactions, SharedRequests sharedRequests) {
        this.transactions = transactions;
        this.sharedRequests = sharedRequests;
    }

    public SharedRequest execute(Actor actor, String key) {
        PortalScope scope = PortalScope.of(actor);
        return transactions.inPortal(scope, () -> sharedRequests.find(scope, key));
    }
}
