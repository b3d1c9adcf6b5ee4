package org.clientportal.application.idempotency;

/** What claiming an Idempotency-Key found. */
public sealed interface IdempotencyClaim {

    /** The key was free and is now ours: run the request. */
    record Claimed() implements IdempotencyClaim {
    }

    /** Another request with this key is still running. */
    record InProgress(String fingerprint) implements IdempotencyClaim {
    }

    /** A request with this key finished; this is what it answered. */
    record Completed(String fingerprint, RecordedResponse response) implements IdempotencyClaim {
    }
}
