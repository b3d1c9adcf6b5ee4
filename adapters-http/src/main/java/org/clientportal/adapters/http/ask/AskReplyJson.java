package org.clientportal.adapters.http.ask;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.shared.Visibility;

/** A published reply as the agency sees it. */
@Schema(name = "AskReply", description = "The agency's reply to an ask, published to the client.")
record AskReplyJson(@Schema(description = "Opaque id.") String id,
                    @Schema(maxLength = AskReply.BODY_MAX) String body,
                    @Schema(implementation = Visibility.class, description = "Always `client`: a reply is published.")
                    String visibility,
                    @Schema(description = "Who published it, as the audit names them (`operator:<id>`, `api-key:<id>`).")
                    String author,
                    @Schema(description = "How the client's contacts see who wrote it.") String authorName,
                    Instant createdAt) {

    static AskReplyJson of(AskReply r) {
        return new AskReplyJson(r.id().toString(), r.body(), WireNames.of(r.visibility()), r.author(), r.authorName(),
                r.createdAt());
    }
}
