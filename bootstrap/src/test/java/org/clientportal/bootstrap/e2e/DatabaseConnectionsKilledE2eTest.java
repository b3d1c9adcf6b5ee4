package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.Load;
import org.clientportal.bootstrap.e2e.support.Load.Outcome;
import org.clientportal.bootstrap.e2e.support.PortalProcess;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PostgreSQL ends the service's connections under write load, as an administrator's
 * {@code pg_terminate_backend}, a failover or a restart would: the requests caught by it are refused
 * with 503 problem+json, the service heals by itself, and every write it acknowledged is stored.
 */
class DatabaseConnectionsKilledE2eTest {

    @RegisterExtension
    static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(1);

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /**
     * After this, no connection killed earlier can be handed out unchecked: the pool checks one that
     * sat idle for more than half a second, and one in use failed its request and was dropped.
     */
    private static final Duration HEALED = Duration.ofSeconds(2);

    @Test
    void killedConnections_fail503_theServiceRecoversByItself_andEveryAcknowledgedWriteIsStored() throws Exception {
        PortalProcess portal = REPLICAS.replica(0);
        ApiClient script = portal.as(REPLICAS.newAgency().apiKey("member"));
        AtomicInteger names = new AtomicInteger();
        List<Outcome> outcomes;
        long lastKill;
        try (Load load = Load.start(4, worker -> script.call("POST", "/api/v1/clients")
                .json(Map.of("name", "Written under fire " + names.incrementAndGet())))) {
            load.awaitOutcomes(20, Outcome::acknowledged, PATIENCE);

            long deadline = System.nanoTime() + PATIENCE.toNanos();
            do {
                REPLICAS.terminateServiceConnections();
                Thread.sleep(200);
            } while (load.count(o -> o.isProblem(503, "dependency-unavailable")) < 3 && System.nanoTime() < deadline);
            lastKill = System.nanoTime();

            long healed = lastKill + HEALED.toNanos();
            load.awaitOutcomes(20, o -> o.startedAfter(healed) && o.acknowledged(), PATIENCE);
            outcomes = load.stop();
        }

        assertThat(outcomes).as("refused while connections were being killed")
                .filteredOn(o -> o.isProblem(503, "dependency-unavailable")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(outcomes).allSatisfy(o -> assertThat(o.acknowledged() || o.isProblem(503, "dependency-unavailable"))
                .as("201, or 503 problem+json: %s", o.describe()).isTrue());
        assertThat(outcomes).filteredOn(o -> o.startedAfter(lastKill + HEALED.toNanos()))
                .allSatisfy(o -> assertThat(o.acknowledged()).as("after the kills: %s", o.describe()).isTrue());
        List<String> acknowledged = Load.createdIds(outcomes);
        assertThat(REPLICAS.clientsAmong(acknowledged)).isEqualTo(acknowledged.size());
    }
}
