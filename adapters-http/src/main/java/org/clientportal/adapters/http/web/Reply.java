package org.clientportal.adapters.http.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers: a status, a body to write as JSON (or none), and extra headers. */
public record Reply(int status, Object body, Map<String, String> headers) {

    public Reply {
        headers = Map.copyOf(headers);
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
        return new Reply(status, body, more);
    }

    /** Adds the ETag of a versioned record, so that the next update can send it back in If-Match. */
    public Reply withVersion(long version) {
        return withHeader("ETag", Versions.etag(version));
    }
}
