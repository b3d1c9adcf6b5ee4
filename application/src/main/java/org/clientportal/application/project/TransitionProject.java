package org.clientportal.application.project;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.engagement.EngagementRules;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/** Moves a project along its lifecycle, under the rules that tie it to its client. */
public final class TransitionProject {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final AuditRecorder audit;
    private final Clock clock;

    public TransitionProject(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                             AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.audit = audit;
        this.clock = clock;
    }

    public Project execute(Actor actor, String projectId, TransitionCommand command) {
        actor.require(Permission.WRITE);
        ProjectId id = ProjectId.parse(projectId);
        TransitionCommand.Checked<ProjectStatus> move = command.check(ProjectStatus.class);
        return transactions.inTenant(actor.tenantId(), () -> {
            Project before = projects.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("project", projectId));
            StaleVersion.check("project", command.expectedVersion(), before.version());
            Project after = before.transitionTo(move.target(), clock.now());
            // Locking the client orders this against a concurrent client transition (pause, offboard).
            Client client = clients.lock(actor.tenantId(), before.clientId())
                    .orElseThrow(() -> new NotFound("client", before.clientId().toString()));
            EngagementRules.mayMoveProject(move.target(), client.status()).ifPresent(rejection -> {
                throw rejection.toError();
            });
            projects.update(after, before.version());
            audit.changed(actor, "project.transitioned", "project", id, Snapshots.of(before),
                    Snapshots.with(Snapshots.of(after), "reason", move.reason().orElse(null)));
            return after;
        });
    }
}
