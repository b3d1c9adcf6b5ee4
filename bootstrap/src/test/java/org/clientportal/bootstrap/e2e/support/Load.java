package org.clientportal.bootstrap.e2e.support;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Load for the fault tests: a few workers, each sending one request after another (worker {@code w}
 * sends what {@code requests.apply(w)} builds) until stopped, and keeping every outcome. Bounded: it
 * stops by itself after {@link #LIMIT} whatever the test does.
 */
public final class Load implements AutoCloseable {

    static final Duration LIMIT = Duration.ofSeconds(60);
    /** A worker whose request got no answer (a server gone, say) waits this long, as a client backs off. */
    private static final Duration BACK_OFF = Duration.ofMillis(50);

    /** One request: when it started, how long it took, and its answer or the I/O failure that left it without one. */
    public record Outcome(int worker, long startedNanos, Duration took, ApiResponse response, Throwable failure) {

        public boolean acknowledged() {
            return response != null && response.status() >= 200 && response.status() < 300;
        }

        public boolean startedAfter(long nanos) {
            return startedNanos > nanos;
        }

        /** A problem+json answer with this status and code. */
        public boolean isProblem(int status, String code) {
            return response != null && response.status() == status && response.contentType() != null
                    && response.contentType().startsWith("application/problem+json")
                    && code.equals(response.json().path("code").asText());
        }

        public String describe() {
            return response != null ? response.describe() : "no answer: " + failure;
        }
    }

    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService workers;
    private final List<Future<?>> running;

    private Load(int workerCount, IntFunction<ApiCall> requests) {
        this.workers = Executors.newFixedThreadPool(workerCount);
        long deadline = System.nanoTime() + LIMIT.toNanos();
        this.running = IntStream.range(0, workerCount)
                .<Future<?>>mapToObj(worker -> workers.submit(() -> {
                    while (!stopped.get() && System.nanoTime() < deadline) {
                        Outcome outcome = send(worker, requests.apply(worker));
                        outcomes.add(outcome);
                        if (outcome.response() == null) {
                            Thread.sleep(BACK_OFF.toMillis());
                        }
                    }
                    return null;
                }))
                .toList();
    }

    public static Load start(int workers, IntFunction<ApiCall> requests) {
        return new Load(workers, requests);
    }

    private static Outcome send(int worker, ApiCall call) throws InterruptedException {
        long started = System.nanoTime();
        try {
            ApiResponse response = call.sendAsync().get();
            return new Outcome(worker, started, Duration.ofNanos(System.nanoTime() - started), response, null);
        } catch (ExecutionException e) {
            return new Outcome(worker, started, Duration.ofNanos(System.nanoTime() - started), null, e.getCause());
        }
    }

    /** How many outcomes so far match. */
    public long count(Predicate<Outcome> matching) {
        return outcomes.stream().filter(matching).count();
    }

    /** Waits until at least {@code count} outcomes match, or fails after {@code timeout}. */
    public void awaitOutcomes(int count, Predicate<Outcome> matching, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(matching) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fewer than " + count + " such outcomes within " + timeout + "; so far: "
                        + outcomes.stream().limit(20).map(Outcome::describe).toList());
            }
            Thread.sleep(20);
        }
    }

    /** Stops sending, lets the requests in flight end, and returns every outcome. */
    public List<Outcome> stop() throws InterruptedException, ExecutionException {
        stopped.set(true);
        for (Future<?> worker : running) {
            worker.get();
        }
        workers.shutdown();
        workers.awaitTermination(5, TimeUnit.SECONDS);
        return List.copyOf(outcomes);
    }

    /** The ids of what the acknowledged answers created: every write the service said it stored. */
    public static List<String> createdIds(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::acknowledged)
                .map(outcome -> outcome.response().json().path("id").asText()).toList();
    }

    @Override
    public void close() {
        stopped.set(true);
        workers.shutdownNow();
    }
}
