package org.clientportal.application.idempotency;

import java.time.Instant;
import java.util.Objects;

/** What was answered to one Idempotency-Key: the request it answered (by fingerprint), the answer, when. */
public record IdempotencyRecord(String fingerprint, RecordedResponse response, Instant recordedAt) {

    public IdempotencyRecord {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
