package org.clientportal.bootstrap.e2e.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One request being put together: the client's credentials are added unless the test takes them
 * away, so that a test reads as "what is different about this call".
 */
public final class ApiCall {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final HttpClient http;
    private final URI base;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

    ApiCall(HttpClient http, URI base, String method, String path) {
        this.http = http;
        this.base = base;
        this.method = method;
        this.path = path;
    }

    public ApiCall header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Leaves a header out, e.g. the CSRF token the client would otherwise send. */
    public ApiCall without(String name) {
        headers.remove(name);
        return this;
    }

    public ApiCall withoutCsrf() {
        return without(ApiClient.CSRF_HEADER);
    }

    public ApiCall ifMatch(String etag) {
        return header("If-Match", etag);
    }

    public ApiCall idempotencyKey(String key) {
        return header("Idempotency-Key", key);
    }

    public ApiCall requestId(String id) {
        return header("X-Request-Id", id);
    }

    /** A body serialised to JSON (a Map, a List, a record), sent as application/json. */
    public ApiCall json(Object value) {
        return body("application/json", ApiResponse.write(value));
    }

    /** A body sent exactly as given, for malformed JSON and other media types. */
    public ApiCall body(String contentType, String raw) {
        header("Content-Type", contentType);
        this.body = HttpRequest.BodyPublishers.ofString(raw);
        return this;
    }

    /** A body of these exact bytes, for bytes that are not valid in any charset the test could write. */
    public ApiCall bytes(String contentType, byte[] raw) {
        header("Content-Type", contentType);
        this.body = HttpRequest.BodyPublishers.ofByteArray(raw);
        return this;
    }

    /** A body streamed without a Content-Length (chunked), as a client that does not know the size sends it. */
    public ApiCall chunked(String raw) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        this.body = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        return this;
    }

    public ApiResponse send() {
        try {
            HttpResponse<String> response = http.send(request(), HttpResponse.BodyHandlers.ofString());
            return toResponse(response);
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(method + " " + path + " interrupted", e);
        }
    }

    public CompletableFuture<ApiResponse> sendAsync() {
        return http.sendAsync(request(), HttpResponse.BodyHandlers.ofString()).thenApply(this::toResponse);
    }

    private HttpRequest request() {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).method(method, body);
        headers.forEach(builder::header);
        return builder.build();
    }

    private ApiResponse toResponse(HttpResponse<String> response) {
        return new ApiResponse(method, path, response.statusCode(), response.headers(), response.body());
    }
}
