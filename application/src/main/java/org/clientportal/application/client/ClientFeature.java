package org.clientportal.application.client;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.tenant.TenantLookup;

/** Clients: public intake, create, read, edit, move through the lifecycle, search. */
public record ClientFeature(SubmitIntake submitIntake, CreateClient createClient, GetClient getClient,
                            UpdateClient updateClient, TransitionClient transitionClient,
                            SearchClients searchClients) {

    public static ClientFeature wire(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                                     ProjectRepository projects, TaskRepository tasks, AuditRecorder audit,
                                     RateLimits rateLimits, IdSource ids, Clock clock) {
        TaskKeyPrefixes prefixes = new TaskKeyPrefixes(clients, tasks);
        return new ClientFeature(
                new SubmitIntake(transactions, new TenantLookup(transactions, tenants), prefixes, audit, rateLimits,
                        ids, clock),
                new CreateClient(transactions, prefixes, audit, ids, clock),
                new GetClient(transactions, clients),
                new UpdateClient(transactions, clients, prefixes, audit, clock),
                new TransitionClient(transactions, clients, projects, audit, clock),
                new SearchClients(transactions, clients));
    }
}
