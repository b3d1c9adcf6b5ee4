package org.clientportal.application.docs;

import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;

/** A contact lists their client's client-visible documents or invoices, most recently told of first. */
public final class ListSharedDocs {

    public static final Listing<DocsSort> LISTING =
            new Listing<>("portal-docs", DocsSort.class, Sort.descending(DocsSort.UPDATED_AT));

    private final Transactions transactions;
    private final DocsRepository records;

    ListSharedDocs(Transactions transactions, DocsRepository records) {
        this.transactions = transactions;
        this.records = records;
    }

    public Page<DocsRecord> execute(Actor actor, DocsKind kind, PageInput input) {
        PortalScope scope = PortalScope.of(actor);
        DocsSearch search = DocsSearch.sharedWith(kind, scope.clientId());
        PageRequest<DocsSort> page = LISTING.request(input, scope.tenantId(), search.canonical());
        return transactions.inPortal(scope, () -> records.search(scope.tenantId(), search, page));
    }
}
