package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clientportal.adapters.http.HttpApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a client downloads is the document in the build, as JSON, without credentials. */
class ServedOpenApiDocumentTest {

    private static HttpApi api;
    private static int port;

    @BeforeAll
    static void start() {
        api = OpenApiFixtures.apiOverFakes();
        port = api.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        api.stop();
    }

    @Test
    void getOpenApiJson_answersTheResource_asApplicationJson_withoutCredentials() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(response.body()).isEqualTo(api.openApiDocument());
        assertThat(OpenApiDocument.parse(response.body()).root().path("openapi").asText()).isEqualTo("3.1.0");
    }
}
