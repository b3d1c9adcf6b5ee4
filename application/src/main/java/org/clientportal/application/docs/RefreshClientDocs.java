package org.clientportal.application.docs;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Ids;
import org.clientportal.domain.shared.NotFound;

/**
 * Reconciliation: an operator pulls a client's documents and invoices from Docs, by the client's
 * task key prefix, for what webhooks may have missed. Docs is asked outside any transaction, so a
 * slow Docs holds no connection; what it says is then told to the copy like a webhook's event.
 */
public final class RefreshClientDocs {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final DocsCredentials credentials;
    private final DocsApi docs;
    private final DocsCache cache;

    RefreshClientDocs(Transactions transactions, ClientRepository clients, DocsCredentials credentials, DocsApi docs,
                      DocsCache cache) {
        this.transactions = transactions;
        this.clients = clients;
        this.credentials = credentials;
        this.docs = docs;
        this.cache = cache;
    }

    public PullSummary execute(Actor actor, String rawClientId) {
        actor.require(Permission.WRITE);
        ClientId clientId = new ClientId(Ids.parseOrNotFound("client", rawClientId));
        record Asking(String apiKey, Client client) {
        }
        Asking asking = transactions.inTenant(actor.tenantId(), () -> {
            Client client = clients.find(actor.tenantId(), clientId)
                    .orElseThrow(() -> new NotFound("client", rawClientId));
            return new Asking(credentials.apiKeyOf(actor.tenantId()), client);
        });
        String reference = asking.client().taskKeyPrefix().value();
        List<DocsFacts> documents = docs.ofClient(asking.apiKey(), DocsKind.DOCUMENT, reference);
        List<DocsFacts> invoices = docs.ofClient(asking.apiKey(), DocsKind.INVOICE, reference);
        List<DocsFacts> all = new ArrayList<>(documents);
        all.addAll(invoices);
        int applied = transactions.inTenant(actor.tenantId(), () -> (int) all.stream()
                .map(facts -> cache.tell(actor, facts, "pull"))
                .filter(told -> told.outcome() == DocsOutcome.APPLIED).count());
        return new PullSummary(documents.size(), invoices.size(), applied, all.size() - applied);
    }
}
