package org.clientportal.adapters.http.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectLifecycle;

/** A project as the API shows it, milestones in order, with the moves its status allows now. */
public record ProjectJson(String id, String clientId, String name, String description, LocalDate startDate,
                          LocalDate dueDate, String status, List<String> allowedTransitions,
                          List<MilestoneJson> milestones, long version, Instant createdAt, Instant updatedAt) {

    public record MilestoneJson(String key, String title, List<String> taskKeys, LocalDate dueDate,
                                Instant completedAt) {

        static MilestoneJson of(Milestone m) {
            return new MilestoneJson(m.key().value(), m.title(), m.taskKeys().stream().map(Object::toString).toList(),
                    m.dueDate().orElse(null), m.completedAt().orElse(null));
        }
    }

    public static ProjectJson of(Project p) {
        return new ProjectJson(p.id().toString(), p.clientId().toString(), p.details().name(),
                p.details().description().orElse(null), p.details().startDate().orElse(null),
                p.details().dueDate().orElse(null), WireNames.of(p.status()),
                WireNames.of(ProjectLifecycle.MOVES.allowedFrom(p.status())),
                p.milestones().stream().map(MilestoneJson::of).toList(), p.version(), p.createdAt(), p.updatedAt());
    }
}
