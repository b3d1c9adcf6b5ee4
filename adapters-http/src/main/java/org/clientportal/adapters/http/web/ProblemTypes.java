package org.clientportal.adapters.http.web;

import java.util.EnumMap;
import java.util.Map;
import org.clientportal.domain.shared.ErrorKind;

/** The ONE mapping from an error's kind to its HTTP status and title; its code gives the type. */
public final class ProblemTypes {

    private record Status(int code, String title) {
    }

    private static final Map<ErrorKind, Status> STATUSES = new EnumMap<>(Map.ofEntries(
            Map.entry(ErrorKind.INVALID, new Status(400, "Invalid request")),
            Map.entry(ErrorKind.UNAUTHENTICATED, new Status(401, "Authentication required")),
            Map.entry(ErrorKind.FORBIDDEN, new Status(403, "Forbidden")),
            Map.entry(ErrorKind.NOT_FOUND, new Status(404, "Not found")),
            Map.entry(ErrorKind.CONFLICT, new Status(409, "Conflict")),
            Map.entry(ErrorKind.PRECONDITION_FAILED, new Status(412, "Precondition failed")),
            Map.entry(ErrorKind.UNPROCESSABLE, new Status(422, "Unprocessable request")),
            Map.entry(ErrorKind.TOO_LARGE, new Status(413, "Content too large")),
            Map.entry(ErrorKind.UNSUPPORTED_TYPE, new Status(415, "Unsupported media type")),
            Map.entry(ErrorKind.RATE_LIMITED, new Status(429, "Too many requests")),
            Map.entry(ErrorKind.UNAVAILABLE, new Status(503, "Service unavailable"))));

    private ProblemTypes() {
    }

    public static int status(ErrorKind kind) {
        return STATUSES.get(kind).code();
    }

    public static String title(ErrorKind kind) {
        return STATUSES.get(kind).title();
    }

    /** Problem types are stable, relative URIs named by the error code, documented in docs/http-api.md. */
    public static String type(String code) {
        return "/problems/" + code;
    }
}
