package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.Task;

/** A shared task's page. */
public record SharedTaskView(Frame frame, String key, String title, String description, String status, String due,
                             String projectId, String declineReason, List<FileRow> files) {

    static SharedTaskView of(Frame frame, Task task, List<Attachment> files) {
        return new SharedTaskView(frame, task.key().toString(), task.details().title(),
                task.details().description().orElse(""), Shown.label(Lifecycle.wireName(task.status())),
                task.details().dueDate().map(Shown::date).orElse(""), task.projectId().toString(),
                task.declineReason().orElse(""), files.stream().map(FileRow::of).toList());
    }
}
