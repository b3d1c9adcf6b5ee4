package org.clientportal.adapters.persistence;

import org.clientportal.application.contract.StoragePorts;

/** The jOOQ adapter's ports in the shape the repository contracts take. */
public final class PostgresStorage {

    private PostgresStorage() {
    }

    public static StoragePorts of(PostgresPersistence persistence) {
        return new StoragePorts(persistence.transactions(), persistence.tenants(), persistence.operators(),
                persistence.clients(), persistence.projects(), persistence.tasks(), persistence.apiKeys(),
                persistence.contacts(), persistence.portalLinks(), persistence.updates(), persistence.attachments(),
                persistence.comments(), persistence.search(), persistence.feed(), persistence.auditTrail(),
                persistence.idempotencyRecords(), persistence.asks(), persistence.timeEntries(), persistence.budgets(),
                persistence.requestClocks(), persistence.slaSettings(), persistence.workQueue(),
                persistence.agenda(), persistence.reports(), persistence.reportSources(),
                persistence.metrics(), persistence.outbox(), persistence.outboxRelay(),
                persistence.checkpoints(), persistence.jobTargets(), persistence.docsIntegrations(),
                persistence.docsRecords());
    }
}
