package org.clientportal.application.ask;

import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;

/**
 * A contact lists what their client filed, newest first: task requests with the task's status
 * (and why it was declined), asks with their classification and the agency's replies. Any contact
 * may, with no right beyond {@code view}: it is their client's own.
 */
public final class ListSharedRequests {

    public static final Listing<RequestSort> LISTING =
            new Listing<>("portal-requests", RequestSort.class, Sort.descending(RequestSort.CREATED_AT));

    private final Transactions transactions;
    private final AskRepository asks;
    private final SharedRequests sharedRequests;

    public ListSharedRequests(Transactions transactions, AskRepository asks, SharedRequests sharedRequests) {
        this.transactions = transactions;
        this.asks = asks;
        this.sharedRequests = sharedRequests;
    }

    public Page<SharedRequest> execute(Actor actor, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        PageRequest<RequestSort> page = LISTING.request(pageInput, scope.tenantId(), "clientId=" + scope.clientId());
        return transactions.inPortal(scope, () -> {
            Page<RequestRef> refs = asks.requestsOf(scope.tenantId(), scope.clientId(), page);
            return new Page<>(sharedRequests.of(scope, refs.items()), refs.next());
        });
    }
}
