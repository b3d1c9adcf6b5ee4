package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL, with PORTAL_HUB_FILE instead of a hub: the relay appends each event the
 * portal writes to the file, one JSON line in the hub's wire form, and marks it delivered.
 */
class HubFileE2eTest {

    private static final Path DIRECTORY = temporaryDirectory();
    private static final Path EVENTS = DIRECTORY.resolve("events.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HUB_FILE", EVENTS.toString())
            .with("PORTAL_RELAY_INTERVAL_MS", "20");

    @AfterAll
    static void removeTheFile() throws IOException {
        Files.deleteIfExists(EVENTS);
        Files.deleteIfExists(DIRECTORY);
    }

    @Test
    void eachEventThePortalWrites_isAppendedToTheFile_onceAndWhole_andMarkedDelivered() throws Exception {
        Agency agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        List<String> bodies = List.of("Beta is live", "Launch on \"Monday\"\nsee you there");
        for (String body : bodies) {
            agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", body, "visibility", "client"))
                    .expect(201);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!agency.owner().get("/api/v1/notifications?state=pending&limit=1").expect(200).json().path("items")
                .isEmpty()) {
            assertThat(Instant.now()).as("waited for the relay").isBefore(deadline);
            Thread.sleep(50);
        }

        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(EVENTS, StandardCharsets.UTF_8)) {
            lines.add(JSON.readTree(line));
        }
        List<String> delivered = agency.owner()
                .get("/api/v1/notifications?state=delivered&type=update.posted&limit=100")
                .expect(200).json().path("items").findValuesAsText("id");
        List<JsonNode> updates = lines.stream().filter(e -> e.path("type").asText().equals("update.posted")).toList();
        assertThat(updates).extracting(e -> e.path("id").asText()).containsExactlyInAnyOrderElementsOf(delivered);
        assertThat(updates).extracting(e -> e.path("payload").path("body").asText())
                .containsExactlyInAnyOrderElementsOf(bodies);
        assertThat(updates).allSatisfy(e -> assertThat(e.path("clientId").asText()).isEqualTo(acme));
        assertThat(lines).extracting(e -> e.path("id").asText()).doesNotHaveDuplicates();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("portal-hub-file-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
