package org.clientportal.application.search;

import java.util.Optional;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;

/**
 * A contact searches what their client may see: its shared projects, and the client-visible tasks
 * and updates of those projects. Never a client record, and nothing internal.
 */
public final class SearchSharedRecords {

    public static final Listing<SearchSort> LISTING =
            new Listing<>("portal-search", SearchSort.class, Sort.descending(SearchSort.RANK));

    private final Transactions transactions;
    private final SearchIndex index;

    public SearchSharedRecords(Transactions transactions, SearchIndex index) {
        this.transactions = transactions;
        this.index = index;
    }

    /** {@code types}: comma-separated record types as sent (of those the portal shows), or null for all of them. */
    public Page<SearchHit> execute(Actor actor, String q, String types, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        SearchQuery query = SearchQuery.read(q, types, SearchTypes.shownInPortal(), Optional.of(scope.clientId()));
        PageRequest<SearchSort> page = LISTING.request(pageInput, scope.tenantId(), query.canonical());
        return transactions.inPortal(scope, () -> index.search(scope.tenantId(), query, page));
    }
}
