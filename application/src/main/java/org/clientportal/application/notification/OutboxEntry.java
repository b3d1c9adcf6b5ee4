package org.clientportal.application.notification;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationState;

/** An event in the outbox and where its delivery stands: how often it was tried, the last error, when next. */
public record OutboxEntry(Notification notification, NotificationState state, int attempts,
                          Optional<String> lastError, Instant nextAttemptAt, Optional<Instant> deliveredAt) {

    public OutboxEntry {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
