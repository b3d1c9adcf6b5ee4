package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.update.ProjectUpdate;

/** A shared project's page: the project's card, its shared tasks, and its client-visible updates, newest first. */
public record SharedProjectView(Frame frame, String id, PortalHomeView.ProjectCard card, List<TaskRow> tasks,
                                List<UpdateRow> updates) {

    public record TaskRow(String key, String title, String status, String due) {
    }

    public record UpdateRow(String when, String author, String body) {
    }

    static SharedProjectView of(Frame frame, Project project, List<Task> tasks, List<ProjectUpdate> updates) {
        return new SharedProjectView(frame, project.id().toString(), PortalHomeView.card(project),
                tasks.stream().map(task -> new TaskRow(task.key().toString(), task.details().title(),
                        Shown.label(Lifecycle.wireName(task.status())),
                        task.details().dueDate().map(Shown::date).orElse(""))).toList(),
                updates.stream().filter(ProjectUpdate::isVisibleToClient)
                        .map(update -> new UpdateRow(Shown.time(update.createdAt()), update.authorName(), update.body()))
                        .toList());
    }
}
