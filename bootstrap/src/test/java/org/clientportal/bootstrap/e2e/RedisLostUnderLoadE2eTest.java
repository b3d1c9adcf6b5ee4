package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.Load;
import org.clientportal.bootstrap.e2e.support.Load.Outcome;
import org.clientportal.bootstrap.e2e.support.PortalProcess;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.clientportal.bootstrap.e2e.support.ThrowawayRedis;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Redis dies while operators (session cookies) and scripts (API keys) write: the operators' requests
 * are refused with 503 at once, the scripts', which need only PostgreSQL, go on. The Redis here is
 * the test's own, so the machine's shared one is never stopped.
 */
class RedisLostUnderLoadE2eTest {

    @RegisterExtension
    @Order(1)
    static final ThrowawayRedis REDIS = new ThrowawayRedis();

    @RegisterExtension
    @Order(2)
    static final PortalReplicas REPLICAS = PortalReplicas.onRedis(1, REDIS::url);

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Far below a client's patience: Redis calls give up after half a second, and a request makes a few. */
    private static final Duration FAST = Duration.ofSeconds(5);

    @Test
    void redisLostUnderLoad_cookieRequestsAre503Fast_andApiKeyRequestsKeepWorking() throws Exception {
        PortalProcess portal = REPLICAS.replica(0);
        Agency agency = REPLICAS.newAgency();
        ApiClient operator = portal.as(agency.owner());
        ApiClient script = portal.as(agency.apiKey("member"));
        AtomicInteger names = new AtomicInteger();
        List<Outcome> outcomes;
        long lost;
        // Workers 0 and 1 are signed-in operators, 2 and 3 scripts.
        try (Load load = Load.start(4, worker -> (isOperator(worker) ? operator : script)
                .call("POST", "/api/v1/clients").json(Map.of("name", "Written as " + names.incrementAndGet())))) {
            load.awaitOutcomes(10, o -> isOperator(o.worker()) && o.acknowledged(), PATIENCE);
            load.awaitOutcomes(10, o -> !isOperator(o.worker()) && o.acknowledged(), PATIENCE);

            REDIS.stop();
            lost = System.nanoTime();

            load.awaitOutcomes(20, o -> isOperator(o.worker()) && o.startedAfter(lost), PATIENCE);
            load.awaitOutcomes(20, o -> !isOperator(o.worker()) && o.startedAfter(lost), PATIENCE);
            outcomes = load.stop();
        }

        assertThat(outcomes).filteredOn(o -> isOperator(o.worker()) && o.startedAfter(lost)).allSatisfy(o -> {
            assertThat(o.isProblem(503, "dependency-unavailable")).as("refused: %s", o.describe()).isTrue();
            assertThat(o.took()).isLessThan(FAST);
        });
        assertThat(outcomes).filteredOn(o -> !isOperator(o.worker()) && o.startedAfter(lost))
                .allSatisfy(o -> assertThat(o.acknowledged()).as("a script still writes: %s", o.describe()).isTrue());
        List<String> acknowledged = Load.createdIds(outcomes);
        assertThat(REPLICAS.clientsAmong(acknowledged)).isEqualTo(acknowledged.size());
    }

    private static boolean isOperator(int worker) {
        return worker < 2;
    }
}
