package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.ask.AskView;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassifications;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.Lifecycle;

/**
 * An ask's page as {@link AskPages} shows it. {@code reply} is the reply form's text (a drafted one
 * to edit, or the one refused); {@code projects} are the client's, for the task a classification makes.
 */
public record AskPageView(Frame frame, String key, String kind, String title, String description, String author,
                          String filed, String classification, String projectId, String taskKey, String taskStatus,
                          String sla, long version, List<String> classifications, List<ProjectChoice> projects,
                          List<ReplyRow> replies, FileList files, String reply, Refused refused) {

    static final String CLASSIFY = "classify";
    static final String REPLY = "reply";

    public record ReplyRow(String author, String when, String body) {
    }

    static AskPageView of(Frame frame, AskView view, List<Project> projects, List<Attachment> attachments, String reply,
                          Refused refused) {
        Ask ask = view.ask();
        return new AskPageView(frame, ask.key().value(), Lifecycle.wireName(ask.kind()), ask.title(),
                ask.description().orElse(""), ask.authorName(), Shown.time(ask.createdAt()),
                Lifecycle.wireName(ask.classification()), ask.projectId().map(Object::toString).orElse(""),
                view.task().map(task -> task.key().value()).orElse(""),
                view.task().map(task -> Shown.label(Lifecycle.wireName(task.status()))).orElse(""),
                view.sla().map(Shown::sla).orElse(""),
                ask.version(), AskClassifications.MOVES.allowedFrom(ask.classification()).stream()
                        .map(Lifecycle::wireName).toList(),
                projects.stream().map(ProjectChoice::of).toList(),
                view.replies().stream().map(r -> new ReplyRow(r.authorName(), Shown.time(r.createdAt()), r.body()))
                        .toList(),
                FileList.of(frame.csrfToken(), attachments), reply, refused);
    }
}
