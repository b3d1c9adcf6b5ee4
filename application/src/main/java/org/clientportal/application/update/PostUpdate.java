package org.clientportal.application.update;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/** An operator posts an update on a project: internal unless they say it is for the client. */
public final class PostUpdate {

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final UpdateRepository updates;
    private final AuthorNames authors;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final IdSource ids;
    private final Clock clock;

    public PostUpdate(Transactions transactions, ProjectRepository projects, UpdateRepository updates,
                      AuthorNames authors, AuditRecorder audit, Notifications notifications, IdSource ids,
                      Clock clock) {
        this.transactions = transactions;
        this.projects = projects;
        this.updates = updates;
        this.authors = authors;
        this.audit = audit;
        this.notifications = notifications;
        this.ids = ids;
        this.clock = clock;
    }

    public ProjectUpdate execute(Actor actor, PostUpdateCommand command) {
        actor.require(Permission.WRITE);
        ProjectId projectId = ProjectId.parse(command.projectId());
        Validation v = new Validation();
        String body = v.requiredMultiLineText("body", command.body(), ProjectUpdate.BODY_MAX);
        Visibility visibility = v.optional("visibility", command.visibility(),
                raw -> StatusNames.parse(Visibility.class, raw)).orElse(Visibility.INTERNAL);
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Project project = projects.find(actor.tenantId(), projectId)
                    .orElseThrow(() -> new NotFound("project", command.projectId()));
            ProjectUpdate update = ProjectUpdate.post(new UpdateId(ids.next()), actor.tenantId(), projectId,
                    project.clientId(), body, visibility, actor.principal().name(), authors.of(actor), clock.now());
            updates.add(update);
            audit.created(actor, "update.posted", "update", update.id(), Snapshots.of(update));
            notifications.updateShared(update, project);
            return update;
        });
    }
}
