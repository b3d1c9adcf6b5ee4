package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import org.clientportal.application.portal.FeedEntry;

/** One line of the client's feed. */
@Schema(name = "FeedEntry", description = "Something shared with the client that happened on one of its projects.")
record FeedEntryJson(@Schema(allowableValues = {"update", "comment", "task-status", "milestone"}) String kind,
                     @Schema(description = "Stable id of the entry.") String id,
                     @Schema(description = "When it happened.") Instant at,
                     String projectId,
                     @Schema(nullable = true, description = "The task's key (a comment, a move) or the milestone's"
                             + " key; null for an update.") String subject,
                     @Schema(description = "The update's or comment's text, the task's or milestone's title.")
                     String text,
                     @Schema(nullable = true, description = "A task move: the status it left.") String from,
                     @Schema(nullable = true, description = "A task move: the status it reached.") String to) {

    static FeedEntryJson of(FeedEntry e) {
        return new FeedEntryJson(e.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), e.id().toString(), e.at(),
                e.projectId().toString(), e.subject().orElse(null), e.text(), e.from().orElse(null),
                e.to().orElse(null));
    }
}
