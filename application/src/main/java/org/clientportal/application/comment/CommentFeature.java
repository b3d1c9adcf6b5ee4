package org.clientportal.application.comment;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.sla.RequestClocks;

/**
 * Comments on tasks: the agency posts, lists, edits and shares them; a client's contact reads the
 * client-visible ones of the tasks shared with them, and comments there.
 */
public record CommentFeature(PostComment postComment, ListComments listComments, ChangeComment changeComment,
                             ListSharedComments listSharedComments, PostSharedComment postSharedComment) {

    public static CommentFeature wire(Transactions transactions, ProjectRepository projects, TaskRepository tasks,
                                      CommentRepository comments, RequestClockRepository requestClocks,
                                      AuthorNames authors, AuditRecorder audit, IdSource ids, Clock clock) {
        RequestClocks clocks = new RequestClocks(requestClocks);
        CommentWriter writer = new CommentWriter(comments, authors, audit, ids, clock);
        SharedTasks sharedTasks = new SharedTasks(tasks, projects);
        return new CommentFeature(
                new PostComment(transactions, tasks, writer, clocks),
                new ListComments(transactions, tasks, comments),
                new ChangeComment(transactions, comments, tasks, clocks, audit, clock),
                new ListSharedComments(transactions, sharedTasks, comments),
                new PostSharedComment(transactions, sharedTasks, writer));
    }
}
