package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clientportal.adapters.notify.FakeHub;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL, with a real HTTP hub that goes down: the events written meanwhile stay
 * pending, tried again later and later (the relay's backoff compressed from minutes to milliseconds,
 * so the outage spans many times the whole ladder up to its cap, as ten minutes do at the defaults),
 * and once the hub is back every one is delivered, none twice, none lost, each signed.
 */
class HubOutageE2eTest {

    private static final FakeHub HUB = FakeHub.start();

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HUB_URL", HUB.url())
            .with("PORTAL_HUB_SECRET", FakeHub.SECRET)
            .with("PORTAL_HUB_TIMEOUT_MS", "2000")
            .with("PORTAL_HUB_ATTEMPTS", "2")
            .with("PORTAL_HUB_RETRY_WAIT_MS", "10")
            .with("PORTAL_HUB_CIRCUIT_OPEN_MS", "200")
            .with("PORTAL_RELAY_INTERVAL_MS", "20")
            .with("PORTAL_RELAY_FIRST_RETRY_MS", "20")
            .with("PORTAL_RELAY_LAST_RETRY_MS", "160");

    @AfterAll
    static void stopHub() {
        HUB.close();
    }

    @Test
    void eventsWrittenWhileTheHubIsDown_areAllDeliveredOnceItIsBack_noneTwice_noneLost() throws Exception {
        Agency agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        HUB.goDown();
        List<String> bodies = IntStream.range(0, 40).mapToObj(i -> "Shared news " + i).toList();
        for (String body : bodies) {
            agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", body, "visibility", "client"))
                    .expect(201);
        }
        agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "Internal: margins")).expect(201);

        int triesBefore = HUB.tries();
        Thread.sleep(2_500);
        JsonNode pending = agency.owner().get("/api/v1/notifications?state=pending&type=update.posted&limit=100")
                .expect(200).json().path("items");
        assertThat(pending).hasSize(40);
        assertThat(HUB.tries()).as("tried while down, again and again").isGreaterThan(triesBefore + 40);
        assertThat(pending.findValues("attempts").stream().mapToInt(JsonNode::asInt).max().orElse(0))
                .isGreaterThan(2);
        assertThat(pending.findValuesAsText("lastError")).allMatch(e -> e.contains("503") || e.contains("circuit"));
        assertThat(HUB.takenByKey()).isEmpty();

        HUB.comeBack();
        waitUntil(Duration.ofSeconds(20), () -> agency.owner().get("/api/v1/notifications?state=pending&limit=1")
                .expect(200).json().path("items").isEmpty());

        Set<String> ids = agency.owner().get("/api/v1/notifications?state=delivered&type=update.posted&limit=100")
                .expect(200).json().path("items").findValuesAsText("id").stream().collect(Collectors.toSet());
        assertThat(ids).hasSize(40);
        assertThat(HUB.takenByKey()).containsOnlyKeys(ids.toArray(String[]::new));
        assertThat(HUB.takenByKey().values()).allMatch(count -> count == 1);
        assertThat(HUB.badSignatures()).isZero();
        List<String> told = HUB.taken().stream().map(e -> e.path("payload").path("body").asText()).toList();
        assertThat(told).containsExactlyInAnyOrderElementsOf(bodies).doesNotContain("Internal: margins");
    }

    private static void waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the relay").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
