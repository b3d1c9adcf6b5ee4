package org.clientportal.application.notification;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.Lifecycle;

/** Filters of the agency's list of events: a delivery state, a type. */
public record NotificationSearch(Optional<NotificationState> state, Optional<NotificationType> type) {

    public NotificationSearch {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(type, "type");
    }

    public String canonical() {
        return "state=" + state.map(Lifecycle::wireName).orElse("") + "&type="
                + type.map(NotificationType::wireName).orElse("");
    }
}
