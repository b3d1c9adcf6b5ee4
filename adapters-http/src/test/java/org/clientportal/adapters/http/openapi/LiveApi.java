package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.clientportal.adapters.http.HttpApi;

/**
 * Talks to the running API and holds every answer to the document: the status must be documented
 * for the operation, the media type and body must match the documented schema, a problem's code
 * must be one the operation documents under that status, and a documented ETag must carry the
 * record's version (a replayed answer's too). Remembers which operations answered with a success.
 */
final class LiveApi {

    /** One answer, already checked against the document. */
    record Answer(int status, HttpResponse<String> response, JsonNode json) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final HttpApi api;
    private final int port;
    private final OpenApiDocument document;
    private final SchemaConformance conformance;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

    LiveApi(HttpApi api, OpenApiDocument document) {
        this.api = api;
        this.port = api.start("127.0.0.1", 0);
        this.document = document;
        this.conformance = new SchemaConformance(document);
    }

    void stop() {
        api.stop();
    }

    /** Operations (METHOD path-template) that answered 2xx at least once. */
    Set<String> succeeded() {
        return Set.copyOf(succeeded);
    }

    Answer call(String method, String path, String body, String... headers) {
        return send(method, path, body, "application/json", headers);
    }

    Answer send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return check(method, path, response);
    }

    private Answer check(String method, String path, HttpResponse<String> response) {
        OpenApiDocument.Operation operation = operationFor(method, path);
        String at = operation.label() + " answered " + response.statusCode();
        JsonNode responses = operation.node().path("responses");
        String status = Integer.toString(response.statusCode());
        JsonNode documented = responses.has(status) ? responses.get(status) : responses.get(status.charAt(0) + "XX");
        assertThat(documented).as(at + ", which is not documented; body " + response.body()).isNotNull();
        documented = document.resolve(documented);
        assertThat(response.headers().firstValue("X-Request-Id")).as(at + ": X-Request-Id").isPresent();

        JsonNode json = MissingNode.getInstance();
        if (response.body().isEmpty()) {
            assertThat(documented.has("content")).as(at + " with no body, but documents content").isFalse();
        } else {
            String mediaType = response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
            JsonNode content = documented.path("content");
            JsonNode media = content.has(mediaType) ? content.path(mediaType) : content.path("*/*");
            assertThat(media.isMissingNode()).as(at + " as " + mediaType + ", which is not documented").isFalse();
            if (media.path("schema").path("format").asText().equals("binary")) {
                assertThat(response.headers().firstValue("Content-Length")).as(at + ": Content-Length").isPresent();
            } else if (!mediaType.endsWith("json")) {
                assertThat(media.path("schema").path("type").asText()).as(at + ": a text body").isEqualTo("string");
            } else {
                json = OpenApiDocument.parse(response.body()).root();
                assertThat(conformance.violations(media.path("schema"), json)).as(at + ": " + response.body()).isEmpty();
            }
        }
        if (response.statusCode() >= 400) {
            List<String> codes = new ArrayList<>();
            documented.path("x-problem-codes").forEach(code -> codes.add(code.asText()));
            assertThat(codes).as(at + " with the code " + json.path("code") + ", which is not among its documented codes")
                    .contains(json.path("code").asText());
        }
        boolean replayed = "true".equals(response.headers().firstValue("Idempotent-Replayed").orElse(null));
        if (replayed) {
            assertThat(documented.path("headers").has("Idempotent-Replayed")).as(at + ": a replay is documented").isTrue();
        }
        if (documented.path("headers").has("ETag")) {
            assertThat(response.headers().firstValue("ETag")).as(at + ": ETag").hasValue("\"" + json.path("version").asLong() + "\"");
        }
        if (response.statusCode() < 300) {
            succeeded.add(operation.label());
        }
        return new Answer(response.statusCode(), response, json);
    }

    private OpenApiDocument.Operation operationFor(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        List<OpenApiDocument.Operation> candidates = new ArrayList<>();
        for (OpenApiDocument.Operation operation : document.operations()) {
            String regex = "^" + operation.path().replaceAll("\\{[^}/]+}", "[^/]+").replace(".", "\\.") + "$";
            if (operation.method().equalsIgnoreCase(method) && bare.matches(regex)) {
                candidates.add(operation);
            }
        }
        return candidates.stream()
                .min(Comparator.comparingLong(o -> o.path().chars().filter(c -> c == '{').count()))
                .orElseThrow(() -> new AssertionError("No documented operation for " + method + " " + bare));
    }
}
