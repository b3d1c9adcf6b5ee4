package org.clientportal.adapters.http.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: a status, a body to write as JSON (or none), and extra headers. The
 * replay body, when set, is what a repeat of an idempotent request gets instead of the body: for
 * answers that hold a secret that must be shown once only.
 */
public record Reply(int status, Object body, Map<String, String> headers, Object replayBody) {

    public Reply {
        headers = Map.copyOf(headers);
    }

    public Reply(int status, Object body, Map<String, String> headers) {
        this(status, body, headers, null);
    }

    public static Reply ok(Object body) {
        return new Reply(200, body, Map.of());
    }

    public static Reply created(Object body) {
        return new Reply(201, body, Map.of());
    }

    public static Reply accepted(Object body) {
        return new Reply(202, body, Map.of());
    }

    public static Reply noContent() {
        return new Reply(204, null, Map.of());
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Reply(status, body, more, replayBody);
    }

    /** What a repeat of this request (same Idempotency-Key) is answered instead of the body. */
    public Reply replayedAs(Object redacted) {
        return new Reply(status, body, headers, redacted);
    }

    /** Adds the ETag of a versioned record, so that the next update can send it back in If-Match. */
    public Reply withVersion(long version) {
        return withHeader("ETag", Versions.etag(version));
    }
}
