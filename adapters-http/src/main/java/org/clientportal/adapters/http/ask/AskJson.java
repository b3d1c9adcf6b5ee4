package org.clientportal.adapters.http.ask;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.sla.SlaJson;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.ask.AskView;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskClassifications;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/** An ask as the agency sees it, with its linked task, its replies and the classifications it allows now. */
@Schema(name = "Ask", description = "A bug report or a question from a client's contact, keyed like a task (`ACME-43`).")
record AskJson(@Schema(description = "Opaque id; routes name an ask by its key.") String id,
               @Schema(description = "From the client's task counter: no task has this key.",
                       pattern = TaskRoutes.KEY_PATTERN) String key,
               String clientId,
               @Schema(nullable = true, description = "The project it was filed on, if any.") String projectId,
               @Schema(implementation = AskKind.class, description = "What the contact filed it as.") String kind,
               @Schema(maxLength = Ask.TITLE_MAX) String title,
               @Schema(nullable = true, maxLength = Ask.DESCRIPTION_MAX) String description,
               @Schema(implementation = Visibility.class, description = "Always `client`: the client filed it.")
               String visibility,
               @Schema(description = "The contact who filed it, as the audit names them (`contact:<id>`).")
               String author,
               @Schema(description = "The contact's name when they filed it.") String authorName,
               @Schema(implementation = AskClassification.class) String classification,
               @ArraySchema(schema = @Schema(implementation = AskClassification.class),
                       arraySchema = @Schema(description = "The classifications it may be given now."))
               List<String> allowedClassifications,
               @Schema(nullable = true, description = "Who classified it last (`operator:<id>`, `api-key:<id>`).")
               String classifiedBy,
               @Schema(nullable = true) Instant classifiedAt,
               @Schema(nullable = true, pattern = TaskRoutes.KEY_PATTERN, description = "The task made of it, as a"
                       + " `task` or a `bug`.") String taskKey,
               @Schema(nullable = true, implementation = TaskStatus.class, description = "That task's status now.")
               String taskStatus,
               @ArraySchema(arraySchema = @Schema(description = "The published replies, oldest first."))
               List<AskReplyJson> replies,
               @Schema(nullable = true, description = "The ask's SLA clock; once a task is made of it, the task's"
                       + " clock. Null only on asks filed before the portal kept SLA clocks.") SlaJson sla,
               @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in quotes.")
               long version,
               Instant createdAt,
               Instant updatedAt) {

    static AskJson of(AskView view) {
        Ask a = view.ask();
        return new AskJson(a.id().toString(), a.key().value(), a.clientId().toString(),
                a.projectId().map(ProjectId::toString).orElse(null), WireNames.of(a.kind()), a.title(),
                a.description().orElse(null), WireNames.of(a.visibility()), a.author(), a.authorName(),
                WireNames.of(a.classification()),
                WireNames.of(AskClassifications.MOVES.allowedFrom(a.classification())),
                a.classified().map(Ask.Classified::by).orElse(null), a.classified().map(Ask.Classified::at).orElse(null),
                a.linkedTask().map(Object::toString).orElse(null),
                view.task().map(Task::status).map(WireNames::of).orElse(null),
                view.replies().stream().map(AskReplyJson::of).toList(), view.sla().map(SlaJson::of).orElse(null), a.version(), a.createdAt(), a.updatedAt());
    }
}
