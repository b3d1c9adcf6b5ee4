package org.clientportal.bootstrap.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.adapters.notify.HttpHubSender;
import org.clientportal.adapters.notify.HubSignature;

/**
 * A real HTTP Notification Hub for the tests, on a port of its own: it checks each delivery's
 * signature, takes it (202) and remembers it by idempotency key, or, while down, refuses everything
 * with 503. Counts every try, so a test can tell a hub that was tried often from one never reached.
 */
public final class FakeHub implements AutoCloseable {

    public static final String SECRET = "test hub secret, shared";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, AtomicInteger> takenByKey = new ConcurrentHashMap<>();
    private final List<JsonNode> taken = new CopyOnWriteArrayList<>();
    private final AtomicInteger tries = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile boolean down;
    private volatile Duration hangFor = Duration.ZERO;

    private FakeHub(HttpServer server) {
        this.server = server;
    }

    public static FakeHub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeHub hub = new FakeHub(server);
            server.createContext("/events", hub::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return hub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/events";
    }

    public void goDown() {
        down = true;
    }

    public void comeBack() {
        down = false;
        hangFor = Duration.ZERO;
    }

    /** Holds every delivery this long before it answers: a hub that hangs. */
    public void hang(Duration wait) {
        hangFor = wait;
    }

    public int tries() {
        return tries.get();
    }

    public int badSignatures() {
        return badSignatures.get();
    }

    /** How often each idempotency key was taken (a well-behaved relay sends a taken event never again). */
    public Map<String, Integer> takenByKey() {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        takenByKey.forEach((key, count) -> counts.put(key, count.get()));
        return counts;
    }

    public List<JsonNode> taken() {
        return List.copyOf(taken);
    }

    private void handle(HttpExchange exchange) throws IOException {
        tries.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!hangFor.isZero()) {
            try {
                Thread.sleep(hangFor.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (down) {
            answer(exchange, 503);
            return;
        }
        String timestamp = exchange.getRequestHeaders().getFirst(HubSignature.TIMESTAMP_HEADER);
        if (!HubSignature.matches(SECRET, timestamp, body,
                exchange.getRequestHeaders().getFirst(HubSignature.SIGNATURE_HEADER))) {
            badSignatures.incrementAndGet();
            answer(exchange, 401);
            return;
        }
        String key = exchange.getRequestHeaders().getFirst(HttpHubSender.IDEMPOTENCY_HEADER);
        takenByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        taken.add(JSON.readTree(body));
        answer(exchange, 202);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
