package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The portal's HTTP API as the CLI uses it: JSON in and out, one set of credentials (an API key, a
 * session cookie with its CSRF token, or none), an {@code Idempotency-Key} of its own on every
 * POST that takes one, so that a retried command never acts twice. Any error answer becomes a
 * {@link CliFailure} told from its problem+json; an unreachable portal is exit 5.
 */
public final class ApiClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    private final URI base;
    private final Map<String, String> credentials;

    private ApiClient(URI base, Map<String, String> credentials) {
        this.base = base;
        this.credentials = Map.copyOf(credentials);
    }

    public static ApiClient anonymous(URI base) {
        return new ApiClient(base, Map.of());
    }

    public static ApiClient withApiKey(URI base, String apiKey) {
        return new ApiClient(base, Map.of("Authorization", "Bearer " + apiKey));
    }

    /** As a signed-in operator: the session cookie, and its CSRF token for writes. */
    public ApiClient withSession(String cookie, String csrfToken) {
        Map<String, String> session = new LinkedHashMap<>();
        session.put("Cookie", cookie);
        session.put("X-CSRF-Token", csrfToken);
        return new ApiClient(base, session);
    }

    public URI base() {
        return base;
    }

    public ApiResponse get(String path, Query query) {
        return send(request(path + query.encoded(), "application/json").GET());
    }

    public ApiResponse get(String path) {
        return get(path, Query.of());
    }

    /** A read that asks for another representation, such as {@code text/markdown}. */
    public ApiResponse getAs(String path, String accept) {
        return send(request(path, accept).GET());
    }

    /** A POST with a fresh {@code Idempotency-Key}: should the answer be lost, the portal acts on it once only. */
    public ApiResponse post(String path, JsonNode body) {
        return send(withBody(request(path, "application/json"), "POST", body)
                .header("Idempotency-Key", UUID.randomUUID().toString()));
    }

    /** A POST to a route that takes no {@code Idempotency-Key}: sign-in, and reply drafts (which store nothing). */
    public ApiResponse postUnkeyed(String path, JsonNode body) {
        return send(withBody(request(path, "application/json"), "POST", body));
    }

    /** A change guarded by the version last read: a stale one is refused with 412 rather than lost. */
    public ApiResponse patch(String path, JsonNode body, String etag) {
        return send(ifMatch(withBody(request(path, "application/json"), "PATCH", body), etag));
    }

    /** A replacement (a project's milestone plan), guarded like {@link #patch}. */
    public ApiResponse put(String path, JsonNode body, String etag) {
        return send(ifMatch(withBody(request(path, "application/json"), "PUT", body), etag));
    }

    public ApiResponse delete(String path) {
        return delete(path, null);
    }

    /** A removal guarded by a version, when one is given (null: whatever is current). */
    public ApiResponse delete(String path, String etag) {
        return send(ifMatch(request(path, "application/json").DELETE(), etag));
    }

    private static HttpRequest.Builder ifMatch(HttpRequest.Builder request, String etag) {
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request;
    }

    private HttpRequest.Builder request(String pathAndQuery, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", accept + ", application/problem+json")
                .header("User-Agent", "portal-cli");
        credentials.forEach(request::header);
        return request;
    }

    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, JsonNode body) {
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.compact(body)));
    }

    private ApiResponse send(HttpRequest.Builder builder) {
        HttpResponse<String> response;
        try {
            response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw unreachable("it did not answer in time");
        } catch (ConnectException e) {
            throw unreachable("connection refused");
        } catch (IOException e) {
            throw unreachable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCode.SERVER, "error: interrupted while waiting for the portal");
        }
        if (response.statusCode() >= 400) {
            throw Problem.of(response.statusCode(), response.body()).failure();
        }
        return new ApiResponse(response.statusCode(), response.headers(), response.body());
    }

    private CliFailure unreachable(String why) {
        return new CliFailure(ExitCode.SERVER, "error: cannot reach the portal at " + base + " (" + why + ")");
    }
}
