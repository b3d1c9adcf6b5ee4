package org.clientportal.application.client;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.engagement.EngagementRules;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/** Moves a client along its lifecycle, under the rules that tie it to its projects. */
public final class TransitionClient {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final AuditRecorder audit;
    private final Clock clock;

    public TransitionClient(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                            AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    public Client execute(Actor actor, String clientId, TransitionCommand command) {
        actor.require(Permission.WRITE);
        ClientId id = ClientId.parse(clientId);
        TransitionCommand.Checked<ClientStatus> move = command.check(ClientStatus.class);
        return transactions.inTenant(actor.tenantId(), () -> {
            // The lock orders this against project transitions that read the client's status.
            Client before = clients.lock(actor.tenantId(), id).orElseThrow(() -> new NotFound("client", clientId));
            StaleVersion.check("client", command.expectedVersion(), before.version());
            Client after = before.transitionTo(move.target(), clock.now());
            EngagementRules.mayMoveClient(move.target(), projects.statusesOfClient(actor.tenantId(), id))
                    .ifPresent(rejection -> {
                        throw rejection.toError();
                    });
            clients.update(after, before.version());
            audit.changed(actor, "client.transitioned", "client", id, Snapshots.of(before),
                    Snapshots.with(Snapshots.of(after), "reason", move.reason().orElse(null)));
            return after;
        });
    }
}
