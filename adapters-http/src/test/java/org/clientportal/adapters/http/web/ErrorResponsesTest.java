package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Javalin's own refusals, whatever their status, are answered with one of our documented codes
 * and in our words — never a code made from the number ({@code http-418}) nor Javalin's text.
 * Runs the one exception mapper on a real server with routes that throw them.
 */
class ErrorResponsesTest {

    private static final ObjectMapper JSON = JsonMapping.create();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Javalin app;
    private static int port;

    @BeforeAll
    static void start() {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(RequestIds::assign);
            new ErrorResponses(new Replies(JSON)).register(config.routes);
            config.routes.get("/teapot", ctx -> {
                throw new HttpResponseException(418, "I'm a teapot, says Javalin");
            });
            config.routes.get("/bad", ctx -> {
                throw new BadRequestResponse("Javalin's own words");
            });
            config.routes.get("/gateway", ctx -> {
                throw new HttpResponseException(502, "Javalin's gateway text");
            });
        }).start("127.0.0.1", 0);
        port = app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @ParameterizedTest
    @CsvSource({"/teapot, 400, bad-request, teapot", "/bad, 400, bad-request, Javalin's own words",
            "/gateway, 500, internal, gateway"})
    void aJavalinRefusal_becomesOurDocumentedCode(String path, int status, String code, String javalinsText)
            throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode problem = JSON.readTree(response.body());
        Set<String> documented = Refusals.all().stream().map(Problem::code).collect(Collectors.toSet());

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(problem.path("code").asText()).isEqualTo(code).isIn(documented);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).doesNotContain(javalinsText);
        assertThat(problem.path("instance").asText()).isEqualTo(path);
    }
}
