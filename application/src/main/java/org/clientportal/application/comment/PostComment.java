package org.clientportal.application.comment;

import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;

/**
 * An operator comments on a task: internal unless they say it is for the client. A client-visible
 * comment on a request is the agency's response to it.
 */
public final class PostComment {

    private final Transactions transactions;
    private final TaskRepository tasks;
    private final CommentWriter writer;
    private final RequestClocks clocks;

    public PostComment(Transactions transactions, TaskRepository tasks, CommentWriter writer, RequestClocks clocks) {
        this.transactions = transactions;
        this.tasks = tasks;
        this.writer = writer;
        this.clocks = clocks;
    }

    public TaskComment execute(Actor actor, PostCommentCommand command) {
        actor.require(Permission.WRITE);
        TaskKey key = TaskKey.parse(command.taskKey());
        Validation v = new Validation();
        String body = CommentWriter.body(v, command.body());
        Visibility visibility = v.optional("visibility", command.visibility(),
                raw -> StatusNames.parse(Visibility.class, raw)).orElse(Visibility.INTERNAL);
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Task task = tasks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("task", command.taskKey()));
            TaskComment comment = writer.post(actor, task, body, visibility);
            if (comment.visibility() == Visibility.CLIENT) {
                clocks.respondedOnTask(task, comment.createdAt());
            }
            return comment;
        });
    }
}
