import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;

/**
 * A stand-in Klevar Docs API for trying the portal by hand, run straight from its source:
 *
 *   java docs/tools/FakeKlevarDocs.java 7272 "the api key" [page size, default 100]
 *
 * It serves what it was given, every request bearing "Authorization: Bearer <the api key>" (401
 * otherwise; 503 for all while down):
 *
 *   PUT  /v1/documents/{id}, /v1/invoices/{id}   stores the body (an item) under that id, as sent
 *   GET  /v1/documents/{id}, /v1/invoices/{id}   the stored body, 404 when none
 *   GET  /v1/clients/{ref}/documents (/invoices) {"items": [...], "nextCursor": ...}, by id, paged
 *                                                with ?cursor=
 *   POST /down, POST /up                         makes it answer 503, and well again
 *
 * e.g. curl -X PUT -H 'Authorization: Bearer the api key' http://127.0.0.1:7272/v1/invoices/inv_1
 *        -d '{"id": "inv_1", "clientReference": "ACME", "title": "March retainer", "status": "issued",
 *             "currency": "EUR", "total": "1250.00", "updatedAt": "2026-03-01T10:00:00Z"}'
 *
 * Bodies are kept as raw text and never checked, so garbage can be served on purpose. A list takes
 * the bodies that contain "clientReference": "<ref>" as written: a naive match (no JSON parsing, no
 * escapes), fine for a tool used by hand and no model of the real service.
 */
public final class FakeKlevarDocs {

    private static final Map<String, Map<String, String>> ITEMS = Map.of(
            "documents", new ConcurrentSkipListMap<>(), "invoices", new ConcurrentSkipListMap<>());
    private static volatile boolean down;

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7272;
        String apiKey = args.length > 1 ? args[1] : "the api key";
        int pageSize = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/v1/", exchange -> serve(exchange, apiKey, pageSize));
        server.createContext("/down", exchange -> { down = true; answer(exchange, 204, ""); });
        server.createContext("/up", exchange -> { down = false; answer(exchange, 204, ""); });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("Fake Klevar Docs on http://127.0.0.1:" + port + " (key \"" + apiKey + "\")");
    }

    private static void serve(HttpExchange exchange, String apiKey, int pageSize) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (down) {
            answer(exchange, 503, "{\"error\": \"down\"}");
            return;
        }
        if (!("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "{\"error\": \"unknown API key\"}");
            return;
        }
        List<String> path = segments(exchange.getRequestURI().getRawPath());
        String method = exchange.getRequestMethod();
        if (path.size() == 3 && ITEMS.containsKey(path.get(1)) && "PUT".equals(method)) {
            ITEMS.get(path.get(1)).put(path.get(2), body);
            System.out.println("stored " + path.get(1) + " " + path.get(2) + ": " + body);
            answer(exchange, 204, "");
        } else if (path.size() == 3 && ITEMS.containsKey(path.get(1)) && "GET".equals(method)) {
            String item = ITEMS.get(path.get(1)).get(path.get(2));
            answer(exchange, item == null ? 404 : 200, item == null ? "{\"error\": \"no such item\"}" : item);
        } else if (path.size() == 4 && path.get(1).equals("clients") && ITEMS.containsKey(path.get(3))
                && "GET".equals(method)) {
            answer(exchange, 200, page(ITEMS.get(path.get(3)), path.get(2), exchange.getRequestURI().getRawQuery(),
                    pageSize));
        } else {
            answer(exchange, 404, "{\"error\": \"no such path\"}");
        }
    }

    private static String page(Map<String, String> items, String clientReference, String rawQuery, int pageSize) {
        Pattern ofClient = Pattern.compile("\"clientReference\"\\s*:\\s*\"" + Pattern.quote(clientReference) + "\"");
        List<String> matching = items.values().stream().filter(i -> ofClient.matcher(i).find()).toList();
        int from = rawQuery != null && rawQuery.matches("cursor=[0-9]{1,9}") ? Integer.parseInt(rawQuery.substring(7)) : 0;
        int to = Math.min(matching.size(), from + pageSize);
        String next = to < matching.size() ? "\"" + to + "\"" : "null";
        return "{\"items\": [" + String.join(", ", matching.subList(Math.min(from, to), to)) + "], \"nextCursor\": "
                + next + "}";
    }

    private static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(URLDecoder.decode(segment, StandardCharsets.UTF_8));
            }
        }
        return segments;
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
