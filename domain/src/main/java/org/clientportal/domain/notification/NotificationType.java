package org.clientportal.domain.notification;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the Notification Hub is told of: what a client's contacts hear (a portal link, a client-visible
 * update, their request received, accepted or declined, a shared milestone reached, a report
 * published) and what the agency's operators hear (capacity crossings, requests at risk of or past
 * their SLA targets, each one's daily digest). Each name is stable: it is the event's {@code type}
 * on the wire.
 */
public enum NotificationType {
    PORTAL_LINK_ISSUED("portal-link.issued"),
    UPDATE_POSTED("update.posted"),
    REQUEST_RECEIVED("request.received"),
    REQUEST_ACCEPTED("request.accepted"),
    REQUEST_DECLINED("request.declined"),
    MILESTONE_COMPLETED("milestone.completed"),
    REPORT_PUBLISHED("report.published"),
    CAPACITY_WARNING("capacity.warning"),
    CAPACITY_EXCEEDED("capacity.exceeded"),
    SLA_AT_RISK("sla.at-risk"),
    SLA_BREACHED("sla.breached"),
    DAILY_DIGEST("daily-digest");

    private final String wireName;

    NotificationType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<NotificationType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
