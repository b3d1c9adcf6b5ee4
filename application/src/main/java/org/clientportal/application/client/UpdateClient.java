package org.clientportal.application.client;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/**
 * An operator edits a client's profile and task key prefix. Status is not part of it: that moves
 * only by transition.
 */
public final class UpdateClient {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final TaskKeyPrefixes prefixes;
    private final AuditRecorder audit;
    private final Clock clock;

    public UpdateClient(Transactions transactions, ClientRepository clients, TaskKeyPrefixes prefixes,
                        AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.prefixes = prefixes;
        this.audit = audit;
        this.clock = clock;
    }

    public Client execute(Actor actor, String clientId, ClientChanges changes) {
        actor.require(Permission.WRITE);
        ClientId id = ClientId.parse(clientId);
        return transactions.inTenant(actor.tenantId(), () -> {
            // The lock orders a change of prefix against the creation of the client's first task, which takes it too.
            Client before = clients.lock(actor.tenantId(), id).orElseThrow(() -> new NotFound("client", clientId));
            StaleVersion.check("client", changes.expectedVersion(), before.version());
            ClientInput.Checked changed = changes.applyTo(before);
            ClientProfile profile = changed.profile();
            TaskKeyPrefix prefix = changed.taskKeyPrefix().orElseThrow();
            if (profile.equals(before.profile()) && prefix.equals(before.taskKeyPrefix())) {
                return before;
            }
            prefixes.checkChange(before, prefix);
            Client after = before.withProfile(profile, prefix, clock.now());
            clients.update(after, before.version());
            audit.changed(actor, "client.updated", "client", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
