package org.clientportal.adapters.web.contact;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Refusal;
import org.clientportal.domain.project.Project;

/** The new-request form: the client's shared projects to choose from, what was typed, the upload limits. */
public record RequestForm(Frame frame, List<ProjectOption> projects, Draft draft, Refusal refusal,
                          UploadLimits limits) {

    public record ProjectOption(String id, String name) {
    }

    /** What the contact typed, shown again when the form was refused. */
    public record Draft(String kind, String projectId, String title, String description) {

        static final Draft EMPTY = new Draft("task", "", "", "");
    }

    static RequestForm of(Frame frame, List<Project> projects, Draft draft, Refusal refusal) {
        return new RequestForm(frame, projects.stream()
                .map(project -> new ProjectOption(project.id().toString(), project.details().name())).toList(),
                draft, refusal, UploadLimits.ATTACHMENTS);
    }
}
