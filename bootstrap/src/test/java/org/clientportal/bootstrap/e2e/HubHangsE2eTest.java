package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.clientportal.adapters.notify.FakeHub;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Over HTTP, on PostgreSQL, with a real HTTP hub that takes ten seconds to answer: the changes that
 * write its events answer as ever, since the relay delivers them apart from any request, and the
 * events wait, pending, with the timeout as their last error.
 */
class HubHangsE2eTest {

    private static final Duration HANG = Duration.ofSeconds(10);
    private static final FakeHub HUB = FakeHub.start();

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis()
            .with("PORTAL_HUB_URL", HUB.url())
            .with("PORTAL_HUB_SECRET", FakeHub.SECRET)
            .with("PORTAL_HUB_TIMEOUT_MS", "500")
            .with("PORTAL_HUB_ATTEMPTS", "1")
            .with("PORTAL_RELAY_INTERVAL_MS", "20");

    @AfterAll
    static void stopHub() {
        HUB.close();
    }

    @Test
    void aHubThatHangs_holdsUpNoRequest_andItsEventsWaitPending() throws Exception {
        Agency agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        HUB.hang(HANG);

        long started = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            agency.owner().post("/api/v1/projects/" + site + "/updates", Map.of("body", "News " + i,
                    "visibility", "client")).expect(201);
        }
        Duration fiveWrites = Duration.ofNanos(System.nanoTime() - started);
        Thread.sleep(1_500);

        assertThat(fiveWrites).as("no write waited for the hub").isLessThan(HANG.dividedBy(2));
        JsonNode pending = agency.owner().get("/api/v1/notifications?state=pending&type=update.posted")
                .expect(200).json().path("items");
        assertThat(pending).hasSize(5);
        assertThat(pending.findValuesAsText("lastError")).as("tried, and given up on in time")
                .anyMatch(e -> e.toLowerCase().contains("time"));
    }
}
