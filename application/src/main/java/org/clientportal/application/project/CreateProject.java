package org.clientportal.application.project;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.engagement.EngagementRules;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;

/** Plans new work for a client; the project starts planned. */
public final class CreateProject {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ProjectRepository projects;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public CreateProject(Transactions transactions, ClientRepository clients, ProjectRepository projects,
                         AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.projects = projects;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Project execute(Actor actor, CreateProjectCommand command) {
        actor.require(Permission.WRITE);
        // A malformed id in a body is bad input; a well-formed one that names nothing is not found.
        Validation v = new Validation();
        ClientId clientId = v.required("clientId", command.clientId(),
                ClientId::of);
        v.done();
        ProjectDetails details = command.details().toDetails();
        return transactions.inTenant(actor.tenantId(), () -> {
            Client client = clients.lock(actor.tenantId(), clientId)
                    .orElseThrow(() -> new NotFound("client", command.clientId()));
            EngagementRules.mayCreateProject(client.status()).ifPresent(rejection -> {
                throw rejection.toError();
            });
            Project project = Project.create(new ProjectId(ids.next()), actor.tenantId(), clientId, details, clock.now());
            projects.add(project);
            audit.created(actor, "project.created", "project", project.id(), Snapshots.of(project));
            return project;
        });
    }
}
