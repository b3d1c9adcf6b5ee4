package org.clientportal.bootstrap.e2e.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.Objects;

/**
 * Talks to the running portal the way a script or a browser would: anonymously, with a session
 * cookie and its CSRF token (sent on every call; a test can leave it out), or with a bearer API key.
 * Immutable: signing in returns a new client.
 */
public final class ApiClient {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String SESSION_COOKIE = "portal_session";
    public static final String PORTAL_SESSION_COOKIE = "portal_contact_session";

    private final HttpClient http;
    private final URI base;
    private final String sessionId;
    private final String csrfToken;
    private final String apiKey;
    private final String cookieName;

    private ApiClient(HttpClient http, URI base, String sessionId, String csrfToken, String apiKey, String cookieName) {
        this.http = http;
        this.base = base;
        this.sessionId = sessionId;
        this.csrfToken = csrfToken;
        this.apiKey = apiKey;
        this.cookieName = cookieName;
    }

    static ApiClient anonymous(HttpClient http, URI base) {
        return new ApiClient(http, base, null, null, null, SESSION_COOKIE);
    }

    public ApiClient anonymous() {
        return anonymous(http, base);
    }

    /** The same caller, talking to another server: another replica of the same portal. */
    ApiClient to(HttpClient otherHttp, URI otherBase) {
        return new ApiClient(otherHttp, otherBase, sessionId, csrfToken, apiKey, cookieName);
    }

    /** A browser holding this session cookie and knowing its CSRF token. */
    public ApiClient withSession(String sessionId, String csrfToken) {
        return withCookie(SESSION_COOKIE, sessionId, csrfToken);
    }

    /** A browser holding a contact's portal session cookie and knowing its CSRF token. */
    public ApiClient withPortalSession(String sessionId, String csrfToken) {
        return withCookie(PORTAL_SESSION_COOKIE, sessionId, csrfToken);
    }

    /** A browser holding a session id under the given cookie name, whether or not it is the right one. */
    public ApiClient withCookie(String name, String sessionId, String csrfToken) {
        return new ApiClient(http, base, Objects.requireNonNull(sessionId), csrfToken, null, name);
    }

    /** A script sending {@code Authorization: Bearer <key>}. */
    public ApiClient withApiKey(String key) {
        return new ApiClient(http, base, null, null, Objects.requireNonNull(key), SESSION_COOKIE);
    }

    /** Opens the portal with a link's token (201 expected) and returns a client holding the portal session. */
    public ApiClient openPortal(String token) {
        ApiResponse response = anonymous().post("/portal/api/v1/sessions", Map.of("token", token)).expect(201);
        return withPortalSession(cookieOf(response, PORTAL_SESSION_COOKIE), response.json().path("csrfToken").asText());
    }

    /** Signs in (201 expected) and returns a client holding the new session. */
    public ApiClient signIn(String tenant, String email, String password) {
        ApiResponse response = anonymous().post("/api/v1/sessions",
                Map.of("tenant", tenant, "email", email, "password", password)).expect(201);
        return withSession(sessionCookieOf(response), response.json().path("csrfToken").asText());
    }

    /** The session id a sign-in answer set in its cookie. */
    public static String sessionCookieOf(ApiResponse response) {
        return cookieOf(response, SESSION_COOKIE);
    }

    /** The value an answer set for the named cookie. */
    public static String cookieOf(ApiResponse response, String name) {
        return response.headers("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith(name + "="))
                .map(cookie -> cookie.substring(name.length() + 1).split(";", 2)[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie in " + response.describe()));
    }

    public String sessionId() {
        return sessionId;
    }

    /** The session cookie as a Cookie header's value, for requests written by hand. */
    public String cookieHeader() {
        return cookieName + "=" + sessionId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public URI base() {
        return base;
    }

    public ApiCall call(String method, String path) {
        ApiCall call = new ApiCall(http, base, method, path);
        if (apiKey != null) {
            call.header("Authorization", "Bearer " + apiKey);
        }
        if (sessionId != null) {
            call.header("Cookie", cookieName + "=" + sessionId);
            if (csrfToken != null) {
                call.header(CSRF_HEADER, csrfToken);
            }
        }
        return call;
    }

    public ApiResponse get(String path) {
        return call("GET", path).send();
    }

    public ApiResponse post(String path, Object body) {
        return call("POST", path).json(body).send();
    }

    /** A POST without a body, such as completing a milestone. */
    public ApiResponse post(String path) {
        return call("POST", path).send();
    }

    public ApiResponse patch(String path, Object body) {
        return call("PATCH", path).json(body).send();
    }

    public ApiResponse put(String path, Object body) {
        return call("PUT", path).json(body).send();
    }

    public ApiResponse delete(String path) {
        return call("DELETE", path).send();
    }
}
