package org.clientportal.application.comment;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;

/**
 * A contact comments on a task shared with their client. What a contact writes is for the agency
 * and their own colleagues alike, so it is always client-visible; any contact may, with no right
 * beyond {@code view}, since it is part of reading the task.
 */
public final class PostSharedComment {

    private final Transactions transactions;
    private final SharedTasks sharedTasks;
    private final CommentWriter writer;

    public PostSharedComment(Transactions transactions, SharedTasks sharedTasks, CommentWriter writer) {
        this.transactions = transactions;
        this.sharedTasks = sharedTasks;
        this.writer = writer;
    }

    public TaskComment execute(Actor actor, String taskKey, String body) {
        PortalScope scope = PortalScope.of(actor);
        Validation v = new Validation();
        String checked = CommentWriter.body(v, body);
        v.done();
        return transactions.inPortal(scope,
                () -> writer.post(actor, sharedTasks.find(scope, taskKey), checked, Visibility.CLIENT));
    }
}
