package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Badges;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskLifecycle;
import org.clientportal.domain.task.TaskStatus;

/** A task's page as {@link TaskPages} shows it. */
public record TaskPageView(Frame frame, String key, String title, String description, String status, String priority,
                           String due, String visibility, String projectId, String declineReason, String sla,
                           boolean requested, long version, List<String> moves, FileList files,
                           Refusal refusal) {

    static TaskPageView of(Frame frame, TaskView view, List<Attachment> attachments, Refusal refusal) {
        Task task = view.task();
        return new TaskPageView(frame, task.key().toString(), task.details().title(),
                task.details().description().orElse(""), Lifecycle.wireName(task.status()),
                Lifecycle.wireName(task.details().priority()), task.details().dueDate().map(Shown::date).orElse(""),
                Badges.of(task.details().visibility()), task.projectId().toString(), task.declineReason().orElse(""),
                view.sla().map(Shown::sla).orElse(""),
                task.status() == TaskStatus.REQUESTED, task.version(),
                TaskLifecycle.MOVES.allowedFrom(task.status()).stream().map(Lifecycle::wireName).sorted().toList(),
                FileList.of(frame.csrfToken(), attachments), refusal);
    }
}
