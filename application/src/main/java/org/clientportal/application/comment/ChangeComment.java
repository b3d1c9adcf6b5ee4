package org.clientportal.application.comment;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;

/**
 * An operator edits a comment, or makes it client-visible (or internal again). Changing who may see
 * it is audited as an act of its own, {@code comment.visibility-changed}. Sharing it with the client
 * answers the client, as posting it client-visible does.
 */
public final class ChangeComment {

    private final Transactions transactions;
    private final CommentRepository comments;
    private final TaskRepository tasks;
    private final RequestClocks clocks;
    private final AuditRecorder audit;
    private final Clock clock;

    public ChangeComment(Transactions transactions, CommentRepository comments, TaskRepository tasks,
                         RequestClocks clocks, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.comments = comments;
        this.tasks = tasks;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    public TaskComment execute(Actor actor, String commentId, CommentChanges changes) {
        actor.require(Permission.WRITE);
        CommentId id = CommentId.parse(commentId);
        Validation v = new Validation();
        String body = changes.body().present() ? CommentWriter.body(v, changes.body().value()) : null;
        Visibility visibility = changes.visibility().present() ? v.required("visibility", changes.visibility().value(),
                raw -> StatusNames.parse(Visibility.class, raw)) : null;
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            TaskComment before = comments.find(actor.tenantId(), id)
                    .orElseThrow(() -> new NotFound("comment", commentId));
            StaleVersion.check("comment", changes.expectedVersion(), before.version());
            TaskComment after = before.with(body == null ? before.body() : body,
                    visibility == null ? before.visibility() : visibility, clock.now());
            if (after == before) {
                return before;
            }
            comments.update(after, before.version());
            if (after.visibility() == Visibility.CLIENT && before.visibility() != Visibility.CLIENT) {
                tasks.find(actor.tenantId(), after.taskId())
                        .ifPresent(task -> clocks.respondedOnTask(task, clock.now()));
            }
            String action = after.visibility() != before.visibility() ? "comment.visibility-changed" : "comment.edited";
            audit.changed(actor, action, "comment", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
