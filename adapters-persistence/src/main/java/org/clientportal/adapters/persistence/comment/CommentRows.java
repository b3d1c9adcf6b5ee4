package org.clientportal.adapters.persistence.comment;

import org.clientportal.adapters.persistence.generated.tables.records.TaskCommentsRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskId;

/** Converts between task_comments rows and {@link TaskComment}. */
final class CommentRows {

    private CommentRows() {
    }

    static TaskCommentsRecord toRecord(TaskComment comment) {
        TaskCommentsRecord record = new TaskCommentsRecord();
        record.setTenantId(comment.tenantId().value());
        record.setId(comment.id().value());
        record.setTaskId(comment.taskId().value());
        record.setClientId(comment.clientId().value());
        record.setBody(comment.body());
        record.setVisibility(Lifecycle.wireName(comment.visibility()));
        record.setAuthor(comment.author());
        record.setAuthorName(comment.authorName());
        record.setVersion(comment.version());
        record.setCreatedAt(comment.createdAt());
        record.setUpdatedAt(comment.updatedAt());
        return record;
    }

    static TaskComment toComment(TaskCommentsRecord record) {
        return new TaskComment(new CommentId(record.getId()), new TenantId(record.getTenantId()),
                new TaskId(record.getTaskId()), new ClientId(record.getClientId()), record.getBody(),
                StatusNames.parse(Visibility.class, record.getVisibility()), record.getAuthor(), record.getAuthorName(),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
