package org.clientportal.adapters.http.ask;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.ask.AskReply;

/** A reply as the client's contacts see it: who wrote it by name, none of the agency's own fields. */
@Schema(name = "SharedReply", description = "The agency's reply to one of the client's asks.")
record SharedReplyJson(@Schema(description = "Opaque id.") String id,
                       @Schema(maxLength = AskReply.BODY_MAX) String body,
                       @Schema(description = "Who wrote it.") String authorName,
                       Instant createdAt) {

    static SharedReplyJson of(AskReply r) {
        return new SharedReplyJson(r.id().toString(), r.body(), r.authorName(), r.createdAt());
    }
}
