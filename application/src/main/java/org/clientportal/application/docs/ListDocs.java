package org.clientportal.application.docs;

import java.util.Arrays;
import java.util.Optional;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** Lists the agency's copy of its documents or invoices, most recently told of first, for every client or one. */
public final class ListDocs {

    public static final Listing<DocsSort> LISTING =
            new Listing<>("docs", DocsSort.class, Sort.descending(DocsSort.UPDATED_AT));

    private final Transactions transactions;
    private final DocsRepository records;

    ListDocs(Transactions transactions, DocsRepository records) {
        this.transactions = transactions;
        this.records = records;
    }

    public Page<DocsRecord> execute(Actor actor, DocsKind kind, String clientId, String status, PageInput input) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<ClientId> client = v.optional("clientId", clientId, ClientId::of);
        Optional<DocsStatus> inStatus = v.optional("status", status, raw -> status(kind, raw));
        v.done();
        DocsSearch search = new DocsSearch(kind, client, inStatus, false);
        PageRequest<DocsSort> page = LISTING.request(input, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> records.search(actor.tenantId(), search, page));
    }

    private static DocsStatus status(DocsKind kind, String raw) {
        DocsStatus status = StatusNames.parse(DocsStatus.class, raw);
        if (!status.appliesTo(kind)) {
            throw new IllegalArgumentException("is not a status of " + (kind == DocsKind.DOCUMENT ? "a document"
                    : "an invoice") + "; one of " + String.join(", ", Arrays.stream(DocsStatus.values())
                    .filter(s -> s.appliesTo(kind)).map(Lifecycle::wireName).toList()));
        }
        return status;
    }
}
