package org.clientportal.adapters.http.ask;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /api/v1/asks/{key}/classification}. */
@Schema(name = "ClassifyRequest", description = "What the agency makes of an ask.")
record ClassifyRequest(
        @Schema(requiredMode = REQUIRED, allowableValues = {"task", "bug", "question", "not_actionable"},
                description = "`task` and `bug` make a linked task (open, client-visible) and are final;"
                        + " `question` and `not_actionable` may be changed later.") String as,
        @Schema(nullable = true, description = "The project of the task a `task` or `bug` makes: one of the ask's"
                + " client's projects. Left out, the ask's own project (required when the ask has none).")
        String projectId) {
}
