package org.clientportal.application.port;

import org.clientportal.domain.notification.Notification;

/**
 * Delivers one event to the Notification Hub, its id as the idempotency key. Returns once the hub
 * took it; throws {@link org.clientportal.application.notification.HubRefused} when it did not.
 */
public interface HubSender {

    void send(Notification notification);
}
