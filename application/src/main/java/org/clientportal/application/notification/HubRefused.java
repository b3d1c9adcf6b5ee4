package org.clientportal.application.notification;

/** The hub did not take an event: down, slow, or answering with an error. The event stays pending. */
public final class HubRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HubRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
