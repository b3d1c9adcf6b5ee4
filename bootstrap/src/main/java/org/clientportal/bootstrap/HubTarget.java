package org.clientportal.bootstrap;

import java.nio.file.Path;
import java.util.Objects;
import org.clientportal.adapters.http.web.JsonMapping;
import org.clientportal.adapters.notify.FileHubSender;
import org.clientportal.adapters.notify.HttpHubSender;
import org.clientportal.adapters.notify.HubSettings;
import org.clientportal.adapters.notify.ResilientHubSender;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.HubSender;

/** Where the relay delivers the outbox's events: the Notification Hub over HTTP, or a file of JSON lines. */
sealed interface HubTarget {

    /** The sender the relay delivers with. */
    HubSender sender(Clock clock);

    /** {@code PORTAL_HUB_URL} and the hub's settings. */
    record Http(HubSettings settings) implements HubTarget {

        public Http {
            Objects.requireNonNull(settings, "settings");
        }

        /** Retried with backoff and behind a circuit breaker: a hub down must not be hammered by every relay. */
        @Override
        public HubSender sender(Clock clock) {
            return new ResilientHubSender(new HttpHubSender(settings, JsonMapping.create(), clock), settings);
        }
    }

    /** {@code PORTAL_HUB_FILE}: each event appended as one line. */
    record File(Path path) implements HubTarget {

        public File {
            Objects.requireNonNull(path, "path");
        }

        /**
         * Not wrapped in {@link ResilientHubSender}: its quick retries and circuit breaker ride out a
         * network's blips and spare a remote hub, while a local file either takes the line or fails for
         * a reason that does not pass within a second (a missing directory, a permission, a full disk)
         * and has no one to spare. The relay already keeps a refused event pending, with the reason,
         * and tries it again later and later; retrying inside the send would only hold its claim on
         * the batch longer.
         */
        @Override
        public HubSender sender(Clock clock) {
            return new FileHubSender(path, JsonMapping.create());
        }
    }
}
