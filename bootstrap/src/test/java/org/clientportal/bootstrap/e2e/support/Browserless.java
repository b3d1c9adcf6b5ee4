package org.clientportal.bootstrap.e2e.support;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The web app's pages over plain HTTP, as a browser without scripts sends them: cookies kept per
 * visitor, forms posted urlencoded, redirects not followed (so a test sees each 303), and the CSRF
 * field read from the page it was served on.
 */
public final class Browserless {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Browserless(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A page's answer: its status, headers and HTML. */
    public record Answer(int status, HttpResponse<String> response) {

        public String html() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        /** The CSRF token of the page's first form. */
        public String csrf() {
            Matcher m = CSRF.matcher(html());
            if (!m.find()) {
                throw new AssertionError("The page holds no form with a CSRF field:\n" + html());
            }
            return m.group(1);
        }
    }

    public Answer get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Posts the fields as a form would, in the order given. */
    public Answer post(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** Signs an operator in through the sign-in form; the answer is its redirect. */
    public Answer signIn(String tenant, String email, String password, String next) {
        Answer form = get("/app/sign-in");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.csrf());
        fields.put("next", next);
        fields.put("tenant", tenant);
        fields.put("email", email);
        fields.put("password", password);
        return post("/app/sign-in", fields);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
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
