package org.clientportal.application.notification;

import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.Transactions;

/** The agency's view of its events for the Notification Hub. The relay is wired apart, where it runs. */
public record NotificationFeature(ListNotifications listNotifications) {

    public static NotificationFeature wire(Transactions transactions, Outbox outbox) {
        return new NotificationFeature(new ListNotifications(transactions, outbox));
    }
}
