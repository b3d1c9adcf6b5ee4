package org.clientportal.adapters.http.ask;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.ask.RequestKind;
import org.clientportal.domain.ask.Ask;

/** The body of {@code POST /portal/api/v1/requests}. */
@Schema(name = "FileRequestRequest", description = "A task request, a bug report or a question from the client.")
record FileRequestRequest(
        @Schema(nullable = true, description = "A project shared with the client: required for a task request,"
                + " optional for a bug or a question. Any other project is not found.") String projectId,
        @Schema(requiredMode = REQUIRED, implementation = RequestKind.class, description = "`task` requests work"
                + " (the agency accepts or declines it); `bug` and `question` are asks the agency classifies.")
        String kind,
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = Ask.TITLE_MAX) String title,
        @Schema(nullable = true, maxLength = Ask.DESCRIPTION_MAX, description = "Plain text; may span lines.")
        String description) {
}
