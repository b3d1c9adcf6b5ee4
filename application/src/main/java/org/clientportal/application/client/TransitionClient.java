package org.clientportal.application.client;

import java.util.Optional;
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
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

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
        Validation v = new Validation();
        ClientStatus target = v.required("to", command.to(), raw -> StatusNames.parse(ClientStatus.class, raw));
        Optional<String> reason = v.optionalText("reason", command.reason(), TransitionCommand.REASON_MAX);
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            // The lock orders this against project transitions that read the client's status.
            Client before = clients.lock(actor.tenantId(), id).orElseThrow(() -> new NotFound("client", clientId));
            StaleVersion.check("client", command.expectedVersion(), before.version());
            Client after = before.transitionTo(target, clock.now());
            EngagementRules.mayMoveClient(target, projects.statusesOfClient(actor.tenantId(), id))
                    .ifPresent(rejection -> {
                        throw rejection.toError();
                    });
            clients.update(after, before.version());
            audit.changed(actor, "client.transitioned", "client", id, Snapshots.of(before),
                    Snapshots.with(Snapshots.of(after), "reason", reason.orElse(null)));
            return after;
        });
    }
}
