import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A stand-in Notification Hub for trying the portal by hand, run straight from its source:
 *
 *   java docs/tools/FakeHub.java 7171 "the shared secret"
 *
 * It takes signed deliveries at POST /events (202; 401 when the signature is wrong; 503 while down),
 * goes down on POST /down and comes back on POST /up, and lists what it took on GET /deliveries:
 * how often each idempotency key was taken, and how many tries it saw in all.
 */
public final class FakeHub {

    private static final Map<String, AtomicInteger> TAKEN = new ConcurrentHashMap<>();
    private static final AtomicInteger TRIES = new AtomicInteger();
    private static volatile boolean down;

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7171;
        String secret = args.length > 1 ? args[1] : "a secret shared with the hub";
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/events", exchange -> take(exchange, secret));
        server.createContext("/down", exchange -> { down = true; answer(exchange, 204, ""); });
        server.createContext("/up", exchange -> { down = false; answer(exchange, 204, ""); });
        server.createContext("/deliveries", exchange -> answer(exchange, 200, deliveries()));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("Fake hub on http://127.0.0.1:" + port + "/events");
    }

    private static void take(HttpExchange exchange, String secret) throws IOException {
        TRIES.incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (down) {
            answer(exchange, 503, "");
            return;
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-Portal-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Portal-Signature");
        if (timestamp == null || signature == null || !MessageDigest.isEqual(sign(secret, timestamp, body),
                signature.getBytes(StandardCharsets.UTF_8))) {
            answer(exchange, 401, "");
            return;
        }
        TAKEN.computeIfAbsent(exchange.getRequestHeaders().getFirst("Idempotency-Key"), k -> new AtomicInteger())
                .incrementAndGet();
        System.out.println("took " + new String(body, StandardCharsets.UTF_8));
        answer(exchange, 202, "");
    }

    private static byte[] sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String deliveries() {
        StringBuilder out = new StringBuilder("{\"tries\": " + TRIES.get() + ", \"takenByKey\": {");
        String separator = "";
        for (Map.Entry<String, AtomicInteger> e : TAKEN.entrySet()) {
            out.append(separator).append('"').append(e.getKey()).append("\": ").append(e.getValue().get());
            separator = ", ";
        }
        return out.append("}}").toString();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
