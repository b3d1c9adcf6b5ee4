package org.clientportal.adapters.http.project;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.project.MilestoneProgress;
import org.clientportal.application.project.MilestonesView;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.task.TaskStatus;

/** A project's plan as read with its tasks: each milestone with the status of every task it links. */
@Schema(name = "MilestonesProgress", description = "A project's ordered plan with the progress of the tasks each"
        + " milestone links, read together.")
public record MilestonesJson(@Schema(description = "The project.") String projectId,
                             @Schema(minimum = "1", description = "The project's version; the ETag is this number in"
                                     + " quotes, for `If-Match` on PUT .../milestones.") long version,
                             @ArraySchema(arraySchema = @Schema(description = "The plan, in order."))
                             List<MilestoneProgressJson> milestones) {

    @Schema(name = "MilestoneProgress", description = "One milestone with its linked tasks' statuses.")
    public record MilestoneProgressJson(@Schema(pattern = "^[a-z0-9][a-z0-9-]{0,39}$") String key,
                                        @Schema(maxLength = Milestone.TITLE_MAX) String title,
                                        @Schema(nullable = true, description = "When it is due.") LocalDate dueDate,
                                        @Schema(nullable = true, description = "When it was completed; null while"
                                                + " open.") Instant completedAt,
                                        @ArraySchema(arraySchema = @Schema(description = "The linked tasks, in the"
                                                + " plan's order.")) List<LinkedTaskJson> tasks,
                                        @Schema(description = "Every linked task is done (true when it links none).")
                                        boolean ready) {

        static MilestoneProgressJson of(MilestoneProgress progress) {
            Milestone m = progress.milestone();
            return new MilestoneProgressJson(m.key().value(), m.title(), m.dueDate().orElse(null),
                    m.completedAt().orElse(null), progress.tasks().stream().map(LinkedTaskJson::of).toList(),
                    progress.ready());
        }
    }

    @Schema(name = "LinkedTask", description = "A task key a milestone links, with its task's status.")
    public record LinkedTaskJson(@Schema(pattern = TaskRoutes.KEY_PATTERN) String key,
                                 @Schema(nullable = true, implementation = TaskStatus.class, description = "Null for a"
                                         + " key linked before keys had to name a task of the project.") String status) {

        static LinkedTaskJson of(MilestoneProgress.LinkedTask task) {
            return new LinkedTaskJson(task.key().value(), task.status().map(WireNames::of).orElse(null));
        }
    }

    public static MilestonesJson of(MilestonesView view) {
        return new MilestonesJson(view.project().id().toString(), view.project().version(),
                view.milestones().stream().map(MilestoneProgressJson::of).toList());
    }
}
