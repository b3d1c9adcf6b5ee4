package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.notify.HubSettings;
import org.clientportal.adapters.notify.ResilientHubSender;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each hub setting gives the relay the sender it names, written with the service's own JSON mapper. */
class HubTargetTest {

    private static final FixedClock CLOCK = new FixedClock();

    @TempDir
    Path directory;

    @Test
    void aFile_givesTheRelayASenderThatAppendsEachEventAsOneLine() throws IOException {
        Path file = directory.resolve("events.jsonl");
        Notification event = new Notification(UUID.randomUUID(), new TenantId(UUID.randomUUID()),
                NotificationType.UPDATE_POSTED, Optional.of(new ClientId(UUID.randomUUID())),
                Map.of("body", "Beta is live.\nMore soon"), Instant.parse("2026-12-04T18:51:44.653974Z"));

        new HubTarget.File(file).sender(CLOCK).send(event);

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).singleElement().asString()
                .startsWith("{\"id\":\"" + event.id() + "\",\"type\":\"update.posted\"")
                .contains("\"occurredAt\":\"2026-12-04T18:51:44.653974Z\"", "\"body\":\"Beta is live.\\nMore soon\"");
    }

    @Test
    void theHub_givesTheRelayTheResilientHttpSender() {
        HubSettings settings = HubSettings.of(URI.create("https://hub.example.com/events"), "sixteen chars at least");

        assertThat(new HubTarget.Http(settings).sender(CLOCK)).isInstanceOf(ResilientHubSender.class);
    }
}
