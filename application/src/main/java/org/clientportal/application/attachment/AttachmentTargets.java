package org.clientportal.application.attachment;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/**
 * The one reading of "the record these files belong to", inside the caller's transaction: for an
 * operator, any task or ask (by key), update or comment (by id) of the agency; for a contact, only one
 * shared with their client (a client-visible task of a shared project, a client-visible update of a
 * shared project, a client-visible comment on a shared task, a client-visible ask of their client).
 * Any other is not found, exactly like a reference that names nothing. A contact reaches asks through
 * the portal's requests, whose keys name asks and task requests alike: there a task request's key
 * names its task.
 */
public final class AttachmentTargets {

    private final TaskRepository tasks;
    private final UpdateRepository updates;
    private final CommentRepository comments;
    private final AskRepository asks;
    private final ProjectRepository projects;
    private final SharedTasks sharedTasks;

    public AttachmentTargets(TaskRepository tasks, UpdateRepository updates, CommentRepository comments,
                             AskRepository asks, ProjectRepository projects) {
        this.tasks = tasks;
        this.updates = updates;
        this.comments = comments;
        this.asks = asks;
        this.projects = projects;
        this.sharedTasks = new SharedTasks(tasks, projects);
    }

    public AttachmentTarget find(Actor actor, ParentKind kind, String reference) {
        if (actor.principal() instanceof Principal.Contact contact) {
            return shared(PortalScope.of(actor.tenantId(), contact), kind, reference).orElseThrow(() ->
                    new NotFound(kind == ParentKind.ASK ? "request" : noun(kind), reference));
        }
        return agencys(actor, kind, reference).orElseThrow(() -> new NotFound(noun(kind), reference));
    }

    /** Whether the contact sees the record an attachment belongs to: the same reading, by the parent's id. */
    public boolean isShared(PortalScope scope, AttachmentParent parent) {
        return switch (parent.kind()) {
            case TASK -> sharedTasks.isShared(scope, new TaskId(parent.id()));
            case UPDATE -> updates.find(scope.tenantId(), new UpdateId(parent.id()))
                    .filter(u -> isShared(scope, u)).isPresent();
            case COMMENT -> comments.find(scope.tenantId(), new CommentId(parent.id()))
                    .filter(c -> isShared(scope, c)).isPresent();
            case ASK -> asks.find(scope.tenantId(), new AskId(parent.id())).filter(a -> a.isSharedWith(scope.clientId()))
                    .isPresent();
        };
    }

    private Optional<AttachmentTarget> agencys(Actor actor, ParentKind kind, String reference) {
        return switch (kind) {
            case TASK -> tasks.find(actor.tenantId(), TaskKey.parse(reference))
                    .map(t -> target(kind, t.id().value(), t.clientId()));
            case UPDATE -> updates.find(actor.tenantId(), UpdateId.parse(reference))
                    .map(u -> target(kind, u.id().value(), u.clientId()));
            case COMMENT -> comments.find(actor.tenantId(), CommentId.parse(reference))
                    .map(c -> target(kind, c.id().value(), c.clientId()));
            case ASK -> TaskKey.read(reference).flatMap(key -> asks.find(actor.tenantId(), key))
                    .map(a -> target(kind, a.id().value(), a.clientId()));
        };
    }

    private Optional<AttachmentTarget> shared(PortalScope scope, ParentKind kind, String reference) {
        return switch (kind) {
            case TASK -> sharedTasks.findVisible(scope, TaskKey.parse(reference))
                    .map(t -> target(kind, t.id().value(), t.clientId()));
            case UPDATE -> updates.find(scope.tenantId(), UpdateId.parse(reference)).filter(u -> isShared(scope, u))
                    .map(u -> target(kind, u.id().value(), u.clientId()));
            case COMMENT -> comments.find(scope.tenantId(), CommentId.parse(reference)).filter(c -> isShared(scope, c))
                    .map(c -> target(kind, c.id().value(), c.clientId()));
            case ASK -> TaskKey.read(reference).flatMap(key -> sharedRequest(scope, key));
        };
    }

    private Optional<AttachmentTarget> sharedRequest(PortalScope scope, TaskKey key) {
        Optional<AttachmentTarget> ask = asks.find(scope.tenantId(), key).filter(a -> a.isSharedWith(scope.clientId()))
                .map(a -> target(ParentKind.ASK, a.id().value(), a.clientId()));
        return ask.isPresent() ? ask : sharedTasks.findVisible(scope, key).filter(t -> t.source() == TaskSource.PORTAL)
                .map(t -> target(ParentKind.TASK, t.id().value(), t.clientId()));
    }

    private boolean isShared(PortalScope scope, ProjectUpdate update) {
        return update.clientId().equals(scope.clientId()) && update.visibility() == Visibility.CLIENT
                && projects.find(scope.tenantId(), update.projectId()).filter(Project::isVisibleToClient).isPresent();
    }

    private boolean isShared(PortalScope scope, TaskComment comment) {
        return comment.clientId().equals(scope.clientId()) && comment.visibility() == Visibility.CLIENT
                && sharedTasks.isShared(scope, comment.taskId());
    }

    private static String noun(ParentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static AttachmentTarget target(ParentKind kind, UUID id, ClientId client) {
        return new AttachmentTarget(new AttachmentParent(kind, id), client);
    }
}
