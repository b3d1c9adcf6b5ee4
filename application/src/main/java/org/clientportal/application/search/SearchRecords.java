package org.clientportal.application.search;

import java.util.EnumSet;
import java.util.Optional;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Permission;

/** The agency searches all its records, internal and client-visible, best match first. */
public final class SearchRecords {

    public static final Listing<SearchSort> LISTING =
            new Listing<>("search", SearchSort.class, Sort.descending(SearchSort.RANK));

    private final Transactions transactions;
    private final SearchIndex index;

    public SearchRecords(Transactions transactions, SearchIndex index) {
        this.transactions = transactions;
        this.index = index;
    }

    /** {@code types}: comma-separated record types as sent, or null for every type. */
    public Page<SearchHit> execute(Actor actor, String q, String types, PageInput pageInput) {
        actor.require(Permission.READ);
        SearchQuery query = SearchQuery.read(q, types, EnumSet.allOf(SearchType.class), Optional.empty());
        PageRequest<SearchSort> page = LISTING.request(pageInput, actor.tenantId(), query.canonical());
        return transactions.inTenant(actor.tenantId(), () -> index.search(actor.tenantId(), query, page));
    }
}
