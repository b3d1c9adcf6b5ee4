package org.clientportal.application.idempotency;

import java.util.Map;

/**
 * The response first given to an idempotent request, answered again to its repeats: status, body
 * and the headers that describe the result (an ETag, say).
 */
public record RecordedResponse(int status, String body, Map<String, String> headers) {

    public RecordedResponse {
        headers = Map.copyOf(headers);
    }
}
