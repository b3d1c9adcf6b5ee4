package org.clientportal.application.docs;

import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** One document or invoice of the agency's copy; a document's id asked for as an invoice is not found. */
public final class GetDocsRecord {

    private final Transactions transactions;
    private final DocsRepository records;

    GetDocsRecord(Transactions transactions, DocsRepository records) {
        this.transactions = transactions;
        this.records = records;
    }

    public DocsRecord execute(Actor actor, DocsKind kind, String rawId) {
        actor.require(Permission.READ);
        DocsRecordId id = DocsRecordId.parse(rawId);
        return transactions.inTenant(actor.tenantId(), () -> records.find(actor.tenantId(), kind, id))
                .orElseThrow(() -> new NotFound(DocsCache.entity(kind), rawId));
    }
}
