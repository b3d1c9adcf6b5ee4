package org.clientportal.application.docs;

import org.clientportal.application.port.DocsApi;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** Reconciliation of one record: an operator pulls a document's or invoice's current facts from Docs. */
public final class RefreshDocsRecord {

    private final Transactions transactions;
    private final DocsRepository records;
    private final DocsCredentials credentials;
    private final DocsApi docs;
    private final DocsCache cache;

    RefreshDocsRecord(Transactions transactions, DocsRepository records, DocsCredentials credentials, DocsApi docs,
                      DocsCache cache) {
        this.transactions = transactions;
        this.records = records;
        this.credentials = credentials;
        this.docs = docs;
        this.cache = cache;
    }

    public DocsRecord execute(Actor actor, DocsKind kind, String rawId) {
        actor.require(Permission.WRITE);
        DocsRecordId id = DocsRecordId.parse(rawId);
        record Asking(String apiKey, DocsRecord record) {
        }
        Asking asking = transactions.inTenant(actor.tenantId(), () -> {
            DocsRecord record = records.find(actor.tenantId(), kind, id)
                    .orElseThrow(() -> new NotFound(DocsCache.entity(kind), rawId));
            return new Asking(credentials.apiKeyOf(actor.tenantId()), record);
        });
        DocsFacts facts = docs.fetch(asking.apiKey(), kind, asking.record().facts().externalId())
                .orElseThrow(() -> DocsRejections.recordGone(kind, asking.record().facts().externalId()));
        return transactions.inTenant(actor.tenantId(), () -> cache.tell(actor, facts, "pull").record());
    }
}
