package org.clientportal.adapters.http.ask;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.ask.AskReply;

/** The body of {@code POST /api/v1/asks/{key}/replies}. */
@Schema(name = "PublishReplyRequest", description = "A reply to publish to the ask's client, often an edited draft.")
record PublishReplyRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = AskReply.BODY_MAX, description = "Plain text; may"
                + " span lines.") String body) {
}
