package org.clientportal.application.comment;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;

/**
 * Posts a comment on a task inside the caller's transaction, whoever writes it (an operator, an API
 * key or a client's contact): the author's name as the client sees it, the row and its audit event.
 */
public final class CommentWriter {

    private final CommentRepository comments;
    private final AuthorNames authors;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public CommentWriter(CommentRepository comments, AuthorNames authors, AuditRecorder audit, IdSource ids,
                         Clock clock) {
        this.comments = comments;
        this.authors = authors;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** A comment's body as sent: required, plain text that may span lines. */
    public static String body(Validation v, String raw) {
        return v.requiredMultiLineText("body", raw, TaskComment.BODY_MAX);
    }

    public TaskComment post(Actor actor, Task task, String body, Visibility visibility) {
        TaskComment comment = TaskComment.post(new CommentId(ids.next()), task.tenantId(), task.id(), task.clientId(),
                body, visibility, actor.principal().name(), authors.of(actor), clock.now());
        comments.add(comment);
        audit.created(actor, "comment.posted", "comment", comment.id(), Snapshots.of(comment));
        return comment;
    }
}
