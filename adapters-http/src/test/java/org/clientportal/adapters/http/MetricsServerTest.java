package org.clientportal.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsServerTest {

    private final MetricsServer server = new MetricsServer(() -> "portal_up 1.0\n");
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void metrics_areServedInPrometheusTextFormat() throws Exception {
        HttpResponse<String> scrape = get(server.start("127.0.0.1", 0), "/metrics");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type")).contains(MetricsServer.CONTENT_TYPE);
        assertThat(scrape.body()).isEqualTo("portal_up 1.0\n");
    }

    @Test
    void anyOtherPath_isA404Problem() throws Exception {
        HttpResponse<String> other = get(server.start("127.0.0.1", 0), "/api/v1/clients");

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(other.body()).contains("\"code\":\"not-found\"");
    }

    @Test
    void aTakenPort_isReportedInOneLineNamingTheSetting() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> server.start("127.0.0.1", taken.getLocalPort()))
                    .isInstanceOf(PortUnavailable.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use; stop the other"
                            + " process or set PORTAL_METRICS_PORT");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-host.invalid", "192.0.2.1"})
    void anAddressThatIsNotThisMachines_isReportedInOneLineNamingTheHostSetting(String host) {
        assertThatThrownBy(() -> server.start(host, 0))
                .isInstanceOf(PortUnavailable.class)
                .hasMessageStartingWith("cannot listen on " + host + ":0 (")
                .hasMessageEndingWith("); set PORTAL_METRICS_HOST to an address of this machine");
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
