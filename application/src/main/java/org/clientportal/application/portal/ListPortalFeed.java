package org.clientportal.application.portal;

import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;

/** A contact reads their client's feed, newest first, page by page. */
public final class ListPortalFeed {

    public static final Listing<FeedSort> LISTING =
            new Listing<>("portal-feed", FeedSort.class, Sort.descending(FeedSort.AT));

    private final Transactions transactions;
    private final PortalFeed feed;

    public ListPortalFeed(Transactions transactions, PortalFeed feed) {
        this.transactions = transactions;
        this.feed = feed;
    }

    public Page<FeedEntry> execute(Actor actor, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        PageRequest<FeedSort> page = LISTING.request(pageInput, scope.tenantId(), "clientId=" + scope.clientId());
        return transactions.inPortal(scope, () -> feed.of(scope.tenantId(), scope.clientId(), page));
    }
}
