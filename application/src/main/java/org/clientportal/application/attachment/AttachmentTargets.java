package org.clientportal.application.attachment;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.UpdateId;

/**
 * The one reading of "the record these files belong to", inside the caller's transaction: for an
 * operator, any task (by key), update or comment (by id) of the agency; for a contact, only one
 * shared with their client (a client-visible task of a shared project, a client-visible update of
 * a shared project, a client-visible comment on a shared task). Any other is not found, exactly
 * like a reference that names nothing.
 */
public final class AttachmentTargets {

    private final TaskRepository tasks;
    private final UpdateRepository updates;
    private final CommentRepository comments;
    private final ProjectRepository projects;
    private final SharedTasks sharedTasks;

    public AttachmentTargets(TaskRepository tasks, UpdateRepository updates, CommentRepository comments,
                             ProjectRepository projects) {
        this.tasks = tasks;
        this.updates = updates;
        this.comments = comments;
        this.projects = projects;
        this.sharedTasks = new SharedTasks(tasks, projects);
    }

    public AttachmentTarget find(Actor actor, ParentKind kind, String reference) {
        Optional<AttachmentTarget> found = actor.principal() instanceof Principal.Contact contact
                ? shared(PortalScope.of(actor.tenantId(), contact), kind, reference)
                : agencys(actor, kind, reference);
        return found.orElseThrow(() -> new NotFound(kind.name().toLowerCase(Locale.ROOT), reference));
    }

    private Optional<AttachmentTarget> agencys(Actor actor, ParentKind kind, String reference) {
        return switch (kind) {
            case TASK -> tasks.find(actor.tenantId(), TaskKey.parse(reference))
                    .map(t -> target(kind, t.id().value(), t.clientId()));
            case UPDATE -> updates.find(actor.tenantId(), UpdateId.parse(reference))
                    .map(u -> target(kind, u.id().value(), u.clientId()));
            case COMMENT -> comments.find(actor.tenantId(), CommentId.parse(reference))
                    .map(c -> target(kind, c.id().value(), c.clientId()));
        };
    }

    private Optional<AttachmentTarget> shared(PortalScope scope, ParentKind kind, String reference) {
        return switch (kind) {
            case TASK -> tasks.find(scope.tenantId(), TaskKey.parse(reference))
                    .filter(t -> sharedTasks.isShared(scope, t.id()))
                    .map(t -> target(kind, t.id().value(), t.clientId()));
            case UPDATE -> updates.find(scope.tenantId(), UpdateId.parse(reference))
                    .filter(u -> u.clientId().equals(scope.clientId()) && u.visibility() == Visibility.CLIENT)
                    .filter(u -> projects.find(scope.tenantId(), u.projectId()).filter(Project::isVisibleToClient)
                            .isPresent())
                    .map(u -> target(kind, u.id().value(), u.clientId()));
            case COMMENT -> comments.find(scope.tenantId(), CommentId.parse(reference))
                    .filter(c -> c.clientId().equals(scope.clientId()) && c.visibility() == Visibility.CLIENT)
                    .filter(c -> sharedTasks.isShared(scope, c.taskId()))
                    .map(c -> target(kind, c.id().value(), c.clientId()));
        };
    }

    private static AttachmentTarget target(ParentKind kind, UUID id, ClientId client) {
        return new AttachmentTarget(new AttachmentParent(kind, id), client);
    }
}
