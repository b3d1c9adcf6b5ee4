package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.Load;
import org.clientportal.bootstrap.e2e.support.Load.Outcome;
import org.clientportal.bootstrap.e2e.support.PortalReplicas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One of three replicas is killed (SIGKILL: no shutdown hook, as a crash or the OOM killer) while all
 * of them take writes: what it acknowledged before it died is stored, and the other two go on serving
 * without a single failure.
 */
class ReplicaKilledE2eTest {

    @RegisterExtension
    static final PortalReplicas REPLICAS = PortalReplicas.onTestRedis(3);

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final int VICTIM = 0;

    @Test
    void aReplicaKilledUnderWriteLoad_losesNoAcknowledgedWrite_andTheOthersKeepServing() throws Exception {
        ApiClient script = REPLICAS.newAgency().apiKey("member");
        AtomicInteger names = new AtomicInteger();
        List<Outcome> outcomes;
        long killed;
        // Six workers, two on each replica: worker w writes to replica w % 3.
        try (Load load = Load.start(6, worker -> REPLICAS.replica(worker % 3).as(script)
                .call("POST", "/api/v1/clients").json(Map.of("name", "Written by worker " + worker + " as "
                        + names.incrementAndGet())))) {
            load.awaitOutcomes(20, o -> onVictim(o) && o.acknowledged(), PATIENCE);

            REPLICAS.replica(VICTIM).kill();
            killed = System.nanoTime();

            load.awaitOutcomes(40, o -> !onVictim(o) && o.startedAfter(killed) && o.acknowledged(), PATIENCE);
            outcomes = load.stop();
        }

        assertThat(outcomes).filteredOn(o -> !onVictim(o))
                .allSatisfy(o -> assertThat(o.acknowledged()).as("a survivor answered %s", o.describe()).isTrue());
        assertThat(outcomes).filteredOn(ReplicaKilledE2eTest::onVictim)
                .allSatisfy(o -> assertThat(o.acknowledged() || o.response() == null)
                        .as("the victim acknowledged or gave no answer: %s", o.describe()).isTrue());
        assertThat(outcomes).filteredOn(o -> onVictim(o) && o.startedAfter(killed))
                .allSatisfy(o -> assertThat(o.response()).as("nothing answers for the dead replica").isNull());
        List<String> acknowledged = Load.createdIds(outcomes);
        assertThat(REPLICAS.clientsAmong(acknowledged)).isEqualTo(acknowledged.size());
    }

    private static boolean onVictim(Outcome outcome) {
        return outcome.worker() % 3 == VICTIM;
    }
}
