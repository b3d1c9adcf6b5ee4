package org.clientportal.bootstrap;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.clientportal.application.notification.RelayNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox relay on a thread of its own: a pass every {@code interval}, and passes back to
 * back while there are due events. Every replica may run one: claims keep two relays off the same
 * event. Off (no thread at all) while the hub is not configured; the events then wait, pending.
 */
final class NotificationRelayLoop implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRelayLoop.class);

    private final Optional<ScheduledExecutorService> scheduler;

    private NotificationRelayLoop(Optional<ScheduledExecutorService> scheduler) {
        this.scheduler = scheduler;
    }

    static NotificationRelayLoop off() {
        return new NotificationRelayLoop(Optional.empty());
    }

    static NotificationRelayLoop start(RelayNotifications relay, Duration interval) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "notification-relay");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> drain(relay), interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return new NotificationRelayLoop(Optional.of(scheduler));
    }

    private static void drain(RelayNotifications relay) {
        try {
            RelayNotifications.Pass pass;
            do {
                pass = relay.runOnce();
                if (pass.failed() > 0) {
                    LOG.warn("The Notification Hub did not take {} events; they stay pending and are tried again",
                            pass.failed());
                }
            } while (pass.claimedAny() && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            // A failed pass (the database briefly away) must not end the loop: claims expire, events wait.
            LOG.warn("A relay pass failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.ifPresent(ScheduledExecutorService::shutdownNow);
    }
}
