package org.clientportal.adapters.http.ask;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.ask.ReplyDraft;

@Schema(name = "ReplyDraft", description = "A reply's text to edit, then publish with POST /api/v1/asks/{key}/replies."
        + " It speaks only of what the ask's client may see; it is not stored.")
record ReplyDraftJson(@Schema(description = "Plain text, several lines.") String body) {

    static ReplyDraftJson of(ReplyDraft draft) {
        return new ReplyDraftJson(draft.body());
    }
}
