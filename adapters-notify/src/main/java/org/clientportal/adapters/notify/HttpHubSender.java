package org.clientportal.adapters.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.clientportal.application.notification.HubRefused;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.HubSender;
import org.clientportal.domain.notification.Notification;

/**
 * One try of one delivery: {@code POST} the event as JSON to the hub, signed, its id as
 * {@code Idempotency-Key}. Any 2xx is taken; anything else, a timeout or a refused connection is a
 * {@link HubRefused}.
 */
public final class HttpHubSender implements HubSender {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private final HubSettings settings;
    private final HttpClient client;
    private final ObjectMapper json;
    private final Clock clock;

    public HttpHubSender(HubSettings settings, ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        String body = body(n);
        String timestamp = Long.toString(clock.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(settings.url())
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(IDEMPOTENCY_HEADER, n.id().toString())
                .header(HubSignature.TIMESTAMP_HEADER, timestamp)
                .header(HubSignature.SIGNATURE_HEADER, HubSignature.of(settings.secret(), timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new HubRefused("The hub did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HubRefused("Interrupted while sending to the hub", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new HubRefused("The hub answered " + response.statusCode(), null);
        }
    }

    private String body(Notification n) {
        try {
            return json.writeValueAsString(HubEvent.of(n));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event's payload is plain values", e);
        }
    }
}
