package org.clientportal.adapters.http.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.queue.QueueMark;

/** What operators did with a queue item. */
@Schema(name = "QueueMark", description = "An item's acknowledgement (for good) and snooze (until a moment).")
record QueueMarkJson(String itemId,
                     @Schema(nullable = true) Instant acknowledgedAt,
                     @Schema(nullable = true, description = "Who acknowledged it (`operator:<id>`, `api-key:<id>`).")
                     String acknowledgedBy,
                     @Schema(nullable = true, description = "It is out of the queue until then.") Instant snoozedUntil,
                     @Schema(nullable = true) String snoozedBy) {

    static QueueMarkJson of(QueueMark mark) {
        return new QueueMarkJson(mark.itemId().toString(),
                mark.acknowledged().map(QueueMark.Stamp::at).orElse(null),
                mark.acknowledged().map(QueueMark.Stamp::by).orElse(null),
                mark.snoozed().map(QueueMark.Snooze::until).orElse(null),
                mark.snoozed().map(s -> s.stamp().by()).orElse(null));
    }
}
