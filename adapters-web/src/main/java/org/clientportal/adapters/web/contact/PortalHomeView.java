package org.clientportal.adapters.web.contact;

import java.util.List;
import java.util.Map;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.portal.FeedEntry;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;

/** The portal's home: the feed, newest first, and each shared project with its shared milestones. */
public record PortalHomeView(Frame frame, List<FeedRow> feed, List<ProjectCard> projects) {

    public record FeedRow(String when, String project, String kind, String subject, String text) {
    }

    public record ProjectCard(String id, String name, String status, int milestonesDone, List<MilestoneRow> milestones) {

        public int percentDone() {
            return milestones.isEmpty() ? 0 : milestonesDone * 100 / milestones.size();
        }
    }

    public record MilestoneRow(String title, String due, boolean done) {
    }

    static PortalHomeView of(Frame frame, List<FeedEntry> feed, List<Project> projects, Map<String, String> names) {
        return new PortalHomeView(frame, feed.stream().map(entry -> feedRow(entry, names)).toList(),
                projects.stream().map(PortalHomeView::card).toList());
    }

    private static FeedRow feedRow(FeedEntry entry, Map<String, String> names) {
        String text = switch (entry.kind()) {
            case TASK_STATUS -> entry.text() + ": " + Shown.label(entry.from().orElse("")) + " → "
                    + Shown.label(entry.to().orElse(""));
            default -> entry.text();
        };
        return new FeedRow(Shown.time(entry.at()), names.getOrDefault(entry.projectId().toString(), ""),
                Shown.label(Lifecycle.wireName(entry.kind())), entry.subject().orElse(""), text);
    }

    static ProjectCard card(Project project) {
        List<Milestone> shared = project.milestonesVisibleToClient();
        return new ProjectCard(project.id().toString(), project.details().name(), Shown.label(Lifecycle.wireName(project.status())),
                (int) shared.stream().filter(Milestone::isCompleted).count(),
                shared.stream().map(m -> new MilestoneRow(m.title(), m.dueDate().map(Shown::date).orElse(""),
                        m.isCompleted())).toList());
    }
}
