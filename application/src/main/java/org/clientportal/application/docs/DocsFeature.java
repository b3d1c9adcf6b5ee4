package org.clientportal.application.docs;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.WebhookSignatures;
import org.clientportal.application.tenant.TenantLookup;

/**
 * Klevar Docs: the agency's settings, its signed webhooks, the copy of its documents and invoices the
 * agency and its clients' contacts read, and the pulls that reconcile the copy with Docs.
 */
public record DocsFeature(ConfigureDocsIntegration configureIntegration, GetDocsIntegration getIntegration,
                          VerifyDocsWebhook verifyWebhook, ReceiveDocsEvent receiveEvent, ListDocs listDocs,
                          GetDocsRecord getRecord, ListSharedDocs listSharedDocs, RefreshClientDocs refreshClient,
                          RefreshDocsRecord refreshRecord) {

    /** The driven ports Docs' feature works through. */
    public record Ports(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                        DocsIntegrationRepository integrations, DocsRepository records, DocsApi docs,
                        WebhookSignatures signatures, IdSource ids, Clock clock) {
    }

    public static DocsFeature wire(Ports p, AuditRecorder audit) {
        Transactions tx = p.transactions();
        DocsCache cache = new DocsCache(p.records(), new ClientReferences(p.clients()), audit, p.ids(), p.clock());
        DocsCredentials credentials = new DocsCredentials(p.integrations());
        TenantLookup lookup = new TenantLookup(tx, p.tenants());
        return new DocsFeature(new ConfigureDocsIntegration(tx, p.tenants(), p.integrations(), audit, p.clock()),
                new GetDocsIntegration(tx, p.tenants(), p.integrations()),
                new VerifyDocsWebhook(tx, lookup, p.integrations(), p.signatures(), p.clock()),
                new ReceiveDocsEvent(tx, p.records(), cache, p.clock()),
                new ListDocs(tx, p.records()), new GetDocsRecord(tx, p.records()),
                new ListSharedDocs(tx, p.records()),
                new RefreshClientDocs(tx, p.clients(), credentials, p.docs(), cache),
                new RefreshDocsRecord(tx, p.records(), credentials, p.docs(), cache));
    }
}
