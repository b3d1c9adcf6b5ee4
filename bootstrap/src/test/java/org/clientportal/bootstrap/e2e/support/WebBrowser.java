package org.clientportal.bootstrap.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser on the web app, over plain HTTP: it keeps its cookies, posts urlencoded forms with the
 * CSRF token the page it was on carried, and follows a form's 303 with a GET, as a browser does.
 */
public final class WebBrowser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public WebBrowser(URI base) {
        this.base = base;
    }

    /** Signs in on the sign-in page, as an operator of that agency; expects to land on the dashboard. */
    public WebBrowser signIn(String tenant, String email) {
        WebPage landed = signingIn(tenant, email, Agency.PASSWORD, "/app");
        assertThat(landed.location()).as(landed.describe()).isEqualTo("/app");
        return this;
    }

    /** The sign-in form sent with these values and the page's token; its answer, not followed. */
    public WebPage signingIn(String tenant, String email, String password, String next) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", get("/app/sign-in").expect(200).csrfToken());
        fields.put("next", next);
        fields.put("tenant", tenant);
        fields.put("email", email);
        fields.put("password", password);
        return post("/app/sign-in", fields);
    }

    /** The portal's sign-in form sent with a portal link (the whole link or its token); its answer, not followed. */
    public WebPage openingPortal(String link) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", get("/portal/sign-in").expect(200).csrfToken());
        fields.put("link", link);
        return post("/portal/sign-in", fields);
    }

    /** {@code headers}: name, value, name, value… sent with the request (HX-Request, X-Request-Id). */
    public WebPage get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), path);
    }

    /** Posts the form with the token {@code from} carried, and follows the answer's redirect, if any. */
    public WebPage submit(WebPage from, String action, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        withToken.put("_csrf", from.csrfToken());
        WebPage answer = post(action, withToken);
        return answer.status() == 303 ? get(answer.location()) : answer;
    }

    /** Posts exactly these fields, token or not, in their order, and follows nothing. */
    public WebPage post(String action, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(action)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build(), action);
    }

    private WebPage send(HttpRequest request, String path) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new WebPage(request.method(), URI.create(path).getPath(), response.statusCode(), response.headers(),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
