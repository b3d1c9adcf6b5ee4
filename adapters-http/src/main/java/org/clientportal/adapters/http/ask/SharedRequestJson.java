package org.clientportal.adapters.http.ask;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.task.TaskRoutes;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.ask.RequestKind;
import org.clientportal.application.ask.SharedRequest;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.task.TaskStatus;

/** Something the client filed, as its contacts see it: none of the agency's own fields. */
@Schema(name = "SharedRequest", description = "A task request, bug report or question the client filed, and where it"
        + " stands.")
record SharedRequestJson(@Schema(description = "Its key, such as `ACME-43`.", pattern = TaskRoutes.KEY_PATTERN)
                         String key,
                         @Schema(implementation = RequestKind.class) String kind,
                         @Schema(nullable = true) String projectId,
                         @Schema(maxLength = Ask.TITLE_MAX) String title,
                         @Schema(nullable = true, maxLength = Ask.DESCRIPTION_MAX) String description,
                         @Schema(nullable = true, implementation = TaskStatus.class, description = "A task request's"
                                 + " status (`requested` until the agency accepts or declines it); an ask's task's"
                                 + " status, once it has one the client may see.") String status,
                         @Schema(nullable = true, maxLength = TransitionCommand.REASON_MAX, description = "Why the"
                                 + " agency declined the task request, while it stays declined.") String declineReason,
                         @Schema(nullable = true, implementation = AskClassification.class, description = "An ask's"
                                 + " classification; null for a task request.") String classification,
                         @Schema(nullable = true, pattern = TaskRoutes.KEY_PATTERN, description = "The task that"
                                 + " carries the work: a task request's own key, or the task made of an ask when the"
                                 + " client may see it.") String taskKey,
                         @ArraySchema(arraySchema = @Schema(description = "The agency's replies to an ask, oldest"
                                 + " first; none for a task request (its conversation is the task's comments)."))
                         List<SharedReplyJson> replies,
                         Instant createdAt,
                         Instant updatedAt) {

    static SharedRequestJson of(SharedRequest r) {
        return new SharedRequestJson(r.key().value(), WireNames.of(r.kind()),
                r.projectId().map(ProjectId::toString).orElse(null), r.title(), r.description().orElse(null),
                r.status().map(WireNames::of).orElse(null), r.declineReason().orElse(null),
                r.classification().map(WireNames::of).orElse(null), r.taskKey().map(TaskKey::value).orElse(null),
                r.replies().stream().map(SharedReplyJson::of).toList(), r.createdAt(), r.updatedAt());
    }
}
