package org.clientportal.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop latency: each endpoint in turn at a constant arrival rate (new requests arrive on schedule
 * whether or not earlier ones have been answered), then the mixed operator workload of 80 % reads and
 * 20 % writes at each of the given rates. Settings come as system properties from run.sh.
 */
public class FixedRateSimulation extends Simulation {

    private static final String DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Credentials credentials = Credentials.fromSystemProperties();
    private final String token = System.getProperty("bench.token");
    private final Path pools = Path.of(System.getProperty("bench.pools"));
    private final List<Endpoint> endpoints = read(Path.of(System.getProperty("bench.endpoints")), Endpoint::readAll);
    private final FeederBuilder<Object> clients = ids("clients.txt", "client");
    private final FeederBuilder<Object> projects = ids("projects.txt", "project");
    private final MoverCycle movers = new MoverCycle(read(pools.resolve("movers.txt"), Files::readAllLines));
    private final AtomicLong counter = new AtomicLong();

    private final LatencyRecorder latencies = new LatencyRecorder();

    {
        int seconds = Integer.parseInt(System.getProperty("bench.seconds"));
        List<PopulationBuilder> phases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            latencies.expect(endpoint.name(), endpoint.rate());
            phases.add(scenario(endpoint.name()).exec(placeholders()).exec(timed(endpoint, endpoint.name()))
                    .injectOpen(constantUsersPerSec(endpoint.rate()).during(seconds)));
        }
        int mixedSeconds = Integer.parseInt(System.getProperty("bench.mixedSeconds"));
        for (String rate : System.getProperty("bench.mixedRates").split(",")) {
            String name = "mixed " + rate + "/s";
            latencies.expect(name, Double.parseDouble(rate));
            phases.add(scenario(name).exec(placeholders()).exec(mixed(name))
                    .injectOpen(constantUsersPerSec(Double.parseDouble(rate)).during(mixedSeconds)));
        }
        setUp(oneAfterAnother(phases)).protocols(http.baseUrl(System.getProperty("bench.portal")).shareConnections());
    }

    @Override
    public void after() {
        try {
            latencies.write(Path.of(System.getProperty("bench.latencies")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The request, then its response time and whether it was 2xx into the recorder under {@code recordedAs}. */
    private ChainBuilder timed(Endpoint endpoint, String recordedAs) {
        String requestName = recordedAs.equals(endpoint.name()) ? recordedAs : recordedAs + " " + endpoint.name();
        // a mover is drawn only for a request that moves it, so the cycle's order is the order of the moves
        ChainBuilder withMover = endpoint.path().contains("{mover}") ? exec(feed(movers)) : exec(session -> session);
        return withMover.exec(endpoint.request(requestName, credentials)).exec(session -> {
            boolean answered = session.contains("millis");
            int status = session.contains("status") ? session.getInt("status") : 0;
            latencies.record(recordedAs, answered ? session.getLong("millis") : 0, status >= 200 && status <= 299);
            return session;
        });
    }

    /** Reads 80 %: get, list, search a client, a project, the audit trail; writes 20 %: create, move, task. */
    private ChainBuilder mixed(String recordedAs) {
        return randomSwitch().on(
                percent(25.0).then(call("client-get", recordedAs)),
                percent(20.0).then(call("client-list", recordedAs)),
                percent(10.0).then(call("client-search", recordedAs)),
                percent(15.0).then(call("project-get", recordedAs)),
                percent(10.0).then(call("audit-list", recordedAs)),
                percent(10.0).then(call("client-create", recordedAs)),
                percent(5.0).then(call("client-transition", recordedAs)),
                percent(5.0).then(call("task-create", recordedAs)));
    }

    private ChainBuilder call(String name, String recordedAs) {
        return timed(endpoints.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow(), recordedAs);
    }

    /** Fresh ids for every placeholder, and a name part unique across runs (as the wrk script makes them). */
    private ChainBuilder placeholders() {
        return exec(session -> {
            String uniq = "Z" + token + "G" + base36(counter.incrementAndGet());
            return session.set("uniq", uniq).set("prefix", uniq);
        }).feed(clients).feed(projects);
    }

    private static PopulationBuilder oneAfterAnother(List<PopulationBuilder> phases) {
        PopulationBuilder chained = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chained = phases.get(i).andThen(chained);
        }
        return chained;
    }

    private FeederBuilder<Object> ids(String file, String attribute) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String id : read(pools.resolve(file), Files::readAllLines)) {
            records.add(Collections.singletonMap(attribute, id));
        }
        return listFeeder(records).random();
    }

    private static String base36(long n) {
        StringBuilder digits = new StringBuilder();
        do {
            digits.insert(0, DIGITS.charAt((int) (n % 36)));
            n /= 36;
        } while (n > 0);
        while (digits.length() < 5) {
            digits.insert(0, '0');
        }
        return digits.toString();
    }

    private interface Reader<T> {
        T read(Path path) throws IOException;
    }

    private static <T> T read(Path path, Reader<T> reader) {
        try {
            return reader.read(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
