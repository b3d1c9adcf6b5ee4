package org.clientportal.adapters.web.operator;

import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.web.Badges;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.task.TaskView;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.update.ProjectUpdate;

/** A project's page as {@link ProjectPages} shows it. */
public record ProjectView(Frame frame, String id, String name, String clientId, String status, String visibility,
                          List<MilestoneRow> milestones, List<Column> board, List<UpdateRow> updates,
                          ProjectPages.UpdateDraft draft, Refusal refusal) {

    public record MilestoneRow(String key, String title, String due, String visibility, boolean done,
                               List<String> taskKeys) {
    }

    /** One status's tasks on the board. */
    public record Column(String status, List<TaskCard> tasks) {
    }

    public record TaskCard(String key, String title, String priority, String due, String visibility) {
    }

    public record UpdateRow(String id, String when, String author, String body, String visibility, boolean shared) {
    }

    static ProjectView of(Frame frame, Project project, List<TaskView> tasks, List<ProjectUpdate> updates,
                          ProjectPages.UpdateDraft draft, Refusal refusal) {
        List<Column> board = Arrays.stream(TaskStatus.values()).map(status -> new Column(
                Shown.label(Lifecycle.wireName(status)), tasks.stream().map(TaskView::task)
                .filter(task -> task.status() == status)
                .map(task -> new TaskCard(task.key().toString(), task.details().title(),
                        Lifecycle.wireName(task.details().priority()),
                        task.details().dueDate().map(Shown::date).orElse(""), Badges.of(task.details().visibility())))
                .toList())).toList();
        return new ProjectView(frame, project.id().toString(), project.details().name(), project.clientId().toString(),
                Shown.label(Lifecycle.wireName(project.status())), Badges.of(project.visibility()),
                project.milestones().stream().map(ProjectView::milestone).toList(), board,
                updates.stream().map(update -> new UpdateRow(update.id().toString(), Shown.time(update.createdAt()),
                        update.authorName(), update.body(), Badges.of(update.visibility()),
                        update.isVisibleToClient())).toList(),
                draft, refusal);
    }

    private static MilestoneRow milestone(Milestone milestone) {
        return new MilestoneRow(milestone.key().toString(), milestone.title(),
                milestone.dueDate().map(Shown::date).orElse(""), Badges.of(milestone.visibility()),
                milestone.isCompleted(), milestone.taskKeys().stream().map(Object::toString).toList());
    }
}
