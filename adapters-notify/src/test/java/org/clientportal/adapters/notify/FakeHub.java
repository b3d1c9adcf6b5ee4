package org.clientportal.adapters.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP Notification Hub for the tests, on a port of its own: it checks each delivery's
 * signature, takes it (202) and remembers it by idempotency key, or, while down, refuses everything
 * with 503; it can also be made to answer the next few tries with 500, as a hub briefly unwell. It
 * keeps every try it was sent, so a test can tell a hub that was tried often from one never reached,
 * and read what each try carried. In this module's test jar, for the end-to-end tests too.
 */
public final class FakeHub implements AutoCloseable {

    public static final String SECRET = "test hub secret, shared";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TAKEN = 202;

    /** One try as the hub received it, with the status it answered. */
    public record Delivery(String idempotencyKey, String timestamp, String signature, String body, int answer) {

        public boolean taken() {
            return answer == TAKEN;
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile boolean down;
    private volatile Duration hangFor = Duration.ZERO;

    private FakeHub(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    public static FakeHub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(4, work -> {
                Thread thread = new Thread(work, "fake-hub");
                thread.setDaemon(true);
                return thread;
            });
            FakeHub hub = new FakeHub(server, threads);
            server.createContext("/events", hub::handle);
            server.setExecutor(threads);
            server.start();
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    public URI uri() {
        return URI.create(url());
    }

    public void goDown() {
        down = true;
    }

    /** Holds every delivery this long before it answers: a hub that hangs. */
    public void hang(Duration wait) {
        hangFor = wait;
    }

    public void comeBack() {
        down = false;
        hangFor = Duration.ZERO;
    }

    /** The next {@code count} tries are answered 500. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every try so far, taken or not, in the order they came. */
    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public int tries() {
        return deliveries.size();
    }

    public int badSignatures() {
        return (int) deliveries.stream().filter(d -> d.answer() == 401).count();
    }

    /** How often each idempotency key was taken (a well-behaved relay sends a taken event never again). */
    public Map<String, Integer> takenByKey() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        deliveries.stream().filter(Delivery::taken).forEach(d -> counts.merge(d.idempotencyKey(), 1, Integer::sum));
        return counts;
    }

    /** The bodies of the tries it took. */
    public List<JsonNode> taken() {
        return deliveries.stream().filter(Delivery::taken).map(d -> parsed(d.body())).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst(HubSignature.TIMESTAMP_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(HubSignature.SIGNATURE_HEADER);
        if (!hangFor.isZero()) {
            try {
                Thread.sleep(hangFor.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int answer;
        if (down) {
            answer = 503;
        } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            answer = 500;
        } else if (!HubSignature.matches(SECRET, timestamp, body, signature)) {
            answer = 401;
        } else {
            answer = TAKEN;
        }
        deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst(HttpHubSender.IDEMPOTENCY_HEADER),
                timestamp, signature, body, answer));
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    private static JsonNode parsed(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
