package org.clientportal.adapters.docs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Klevar Docs' API (as {@link HttpDocsApi} describes it) served over real HTTP from what a test put
 * into it, on an ephemeral port of 127.0.0.1, so the client is tested through its sockets and
 * other modules' end-to-end tests can point the portal at it. It checks the bearer key (401
 * otherwise), pages lists, and can be made to go down (503), to answer slowly, or to answer
 * garbage at a path; it counts the requests it was sent.
 */
public final class FakeKlevarDocs implements AutoCloseable {

    public static final int DEFAULT_PAGE_SIZE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CURSOR_PREFIX = "items after/";

    static {
        // The JDK server writes an answer's headers and body apart; without TCP_NODELAY, Nagle and
        // delayed ACKs hold every answer ~40 ms. Read once, when the JVM's first HttpServer starts.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final String apiKey;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<DocsKind, Map<String, Map<String, Object>>> items = new ConcurrentHashMap<>();
    private final Map<String, String> rawAnswers = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile int pageSize = DEFAULT_PAGE_SIZE;
    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;

    private FakeKlevarDocs(String apiKey) throws IOException {
        this.apiKey = apiKey;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.threads = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "fake-klevar-docs");
            thread.setDaemon(true);
            return thread;
        });
        for (DocsKind kind : DocsKind.values()) {
            items.put(kind, new ConcurrentHashMap<>());
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Started and listening; takes only requests bearing {@code apiKey}. */
    public static FakeKlevarDocs start(String apiKey) {
        try {
            return new FakeKlevarDocs(Objects.requireNonNull(apiKey, "apiKey"));
        } catch (IOException e) {
            throw new UncheckedIOException("no ephemeral port on 127.0.0.1", e);
        }
    }

    /** The base URL to configure the client with, e.g. {@code http://127.0.0.1:54321}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Serves the item as sent, by its {@code "id"}, replacing one of that kind and id. */
    public void put(DocsKind kind, Map<String, ?> item) {
        Object id = item.get("id");
        if (!(id instanceof String)) {
            throw new IllegalArgumentException("an item to serve needs a text id");
        }
        items.get(kind).put((String) id, new LinkedHashMap<>(item));
    }

    /** Serves the facts in the API's wire form. */
    public void put(DocsFacts facts) {
        put(facts.kind(), itemOf(facts));
    }

    /** The facts in the API's wire form, open to changes (to serve a broken item, say). */
    public static Map<String, Object> itemOf(DocsFacts facts) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", facts.externalId());
        item.put("clientReference", facts.clientReference());
        item.put("title", facts.title());
        facts.number().ifPresent(n -> item.put("number", n));
        item.put("status", Lifecycle.wireName(facts.status()));
        facts.amounts().ifPresent(a -> putAmounts(item, a));
        facts.dueDate().ifPresent(d -> item.put("dueDate", d.toString()));
        facts.url().ifPresent(u -> item.put("url", u));
        item.put("clientVisible", facts.clientVisible());
        item.put("updatedAt", facts.asOf().toString());
        return item;
    }

    private static void putAmounts(Map<String, Object> item, DocsAmounts amounts) {
        item.put("currency", amounts.currency().getCurrencyCode());
        item.put("total", amounts.total().amount().toPlainString());
        item.put("amountDue", amounts.due().amount().toPlainString());
    }

    /** How many items a page of a list holds; {@value #DEFAULT_PAGE_SIZE} unless set. */
    public void pageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        this.pageSize = size;
    }

    /** Every request is answered 503 until {@link #comeUp()}. */
    public void goDown() {
        down = true;
    }

    public void comeUp() {
        down = false;
    }

    /** The next {@code count} requests are answered 503, as by a Docs briefly unwell. */
    public void failNext(int count) {
        failuresLeft.set(count);
    }

    /** Every answer waits this long first. */
    public void delay(Duration wait) {
        this.delay = Objects.requireNonNull(wait, "wait");
    }

    /** Requests for this path (without its query) are answered 200 with this body, whatever it is. */
    public void answerRaw(String path, String body) {
        rawAnswers.put(path, body);
    }

    /** How many requests it was sent, answered or not. */
    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            exchange.getRequestBody().readAllBytes();
            if (!waited()) {
                return;
            }
            if (down || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                answer(exchange, 503, Map.of("error", "Klevar Docs is down"));
            } else if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, Map.of("error", "unknown API key"));
            } else if (!"GET".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, Map.of("error", "only GET"));
            } else if (rawAnswers.containsKey(exchange.getRequestURI().getRawPath())) {
                send(exchange, 200, rawAnswers.get(exchange.getRequestURI().getRawPath()));
            } else {
                route(exchange);
            }
        }
    }

    private boolean waited() {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        List<String> path = segments(exchange.getRequestURI().getRawPath());
        if (path.size() == 3 && path.get(0).equals("v1") && kindOf(path.get(1)).isPresent()) {
            Map<String, Object> item = items.get(kindOf(path.get(1)).get()).get(path.get(2));
            answer(exchange, item == null ? 404 : 200, item == null ? Map.of("error", "no such item") : item);
        } else if (path.size() == 4 && path.get(0).equals("v1") && path.get(1).equals("clients")
                && kindOf(path.get(3)).isPresent()) {
            Optional<Integer> from = cursor(exchange.getRequestURI().getRawQuery());
            answer(exchange, from.isEmpty() ? 400 : 200, from.isEmpty() ? Map.of("error", "unknown cursor")
                    : page(kindOf(path.get(3)).get(), path.get(2), from.get()));
        } else {
            answer(exchange, 404, Map.of("error", "no such path"));
        }
    }

    /** The client's items of that kind in order of id, a page from {@code from}. */
    private Map<String, Object> page(DocsKind kind, String clientReference, int from) {
        List<Map<String, Object>> ofClient = items.get(kind).values().stream()
                .filter(i -> clientReference.equals(i.get("clientReference")))
                .sorted(Comparator.comparing(i -> String.valueOf(i.get("id"))))
                .toList();
        int to = Math.min(ofClient.size(), from + pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", ofClient.subList(Math.min(from, to), to));
        page.put("nextCursor", to < ofClient.size() ? CURSOR_PREFIX + to : null);
        return page;
    }

    /**
     * Where a page starts: 0 without a cursor, empty for a cursor it never gave. Its cursors hold a
     * space and a slash, to show the client encodes what it sends back.
     */
    private static Optional<Integer> cursor(String rawQuery) {
        if (rawQuery == null) {
            return Optional.of(0);
        }
        String cursor = rawQuery.startsWith("cursor=") ? decoded(rawQuery.substring("cursor=".length())) : "";
        if (!cursor.matches(CURSOR_PREFIX + "[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(cursor.substring(CURSOR_PREFIX.length())));
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(decoded(segment));
            }
        }
        return segments;
    }

    private static Optional<DocsKind> kindOf(String collection) {
        return switch (collection) {
            case "documents" -> Optional.of(DocsKind.DOCUMENT);
            case "invoices" -> Optional.of(DocsKind.INVOICE);
            default -> Optional.empty();
        };
    }

    private static String decoded(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
        try {
            send(exchange, status, JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a served item is plain values", e);
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
