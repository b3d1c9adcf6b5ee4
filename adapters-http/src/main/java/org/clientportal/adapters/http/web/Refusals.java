package org.clientportal.adapters.http.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The server's own refusals — of a request that is not well-formed HTTP, too slow, too large, or
 * that no route takes — in our own words: ONE fixed code, title and detail per status, documented
 * in docs/http-api.md. Jetty's and Javalin's texts never reach a caller. A status outside the
 * table is answered as the nearest documented one (400 or 500), so no undocumented code exists.
 */
public final class Refusals {

    private static final Map<Integer, Problem> BY_STATUS = Map.ofEntries(
            entry(400, "bad-request", "Bad request",
                    "The request is not well-formed HTTP/1.1 (request line, header names and values, or their encoding)"),
            entry(404, "not-found", "Not found", "Nothing is served at this address"),
            entry(405, "method-not-allowed", "Method not allowed", "This method is not supported at this address"),
            entry(408, "request-timeout", "Request timeout",
                    "The request did not arrive in time; send its headers and body without pausing"),
            entry(413, "body-too-large", "Content too large", "The request body is too large"),
            entry(414, "uri-too-long", "URI too long", "The request target is longer than this server accepts"),
            entry(415, "unsupported-media-type", "Unsupported media type", "Send the body as UTF-8 application/json"),
            entry(417, "expectation-failed", "Expectation failed", "Only 'Expect: 100-continue' is understood"),
            entry(431, "headers-too-large", "Request headers too large",
                    "The request headers are larger than this server accepts"),
            entry(500, "internal", "Internal error", "Something went wrong on our side; quote the request id"),
            entry(501, "not-implemented", "Not implemented",
                    "This server does not implement what the request asks for (for example a transfer coding)"),
            entry(503, "service-unavailable", "Service unavailable", "The server is stopping; try again shortly"),
            entry(505, "http-version-not-supported", "HTTP version not supported",
                    "This server speaks HTTP/1.1 and HTTP/1.0 only"));

    /** A body cut short, the client having closed its side early: the caller's fault, not a malformed message. */
    private static final Problem BODY_INCOMPLETE = Problem.of(400, "body-incomplete", "Bad request",
            "The request body ended before the length it announced");

    private Refusals() {
    }

    /** Every refusal the server makes on its own, by status: what docs/http-api.md lists. */
    public static List<Problem> all() {
        List<Problem> all = new ArrayList<>(BY_STATUS.values());
        all.add(BODY_INCOMPLETE);
        all.sort(Comparator.comparingInt(Problem::status).thenComparing(problem -> problem == BODY_INCOMPLETE));
        return List.copyOf(all);
    }

    /** The body ended early; {@code detail} says how far it got. */
    public static Problem bodyIncomplete(String detail) {
        return Problem.of(400, BODY_INCOMPLETE.code(), BODY_INCOMPLETE.title(), detail);
    }

    /** The problem for a refusal with this status; unlisted statuses become 400 or 500. */
    public static Problem of(int status) {
        Problem known = BY_STATUS.get(status);
        if (known != null) {
            return known;
        }
        if (status == 426) {
            // Jetty's answer to an HTTP/2 preface (PRI * HTTP/2.0): a version this server does not speak.
            return BY_STATUS.get(505);
        }
        return BY_STATUS.get(status >= 500 ? 500 : 400);
    }

    /** The same refusal with a more precise detail (in our own words); null keeps the usual one. */
    public static Problem of(int status, String detail) {
        Problem problem = of(status);
        return detail == null ? problem : Problem.of(problem.status(), problem.code(), problem.title(), detail);
    }

    private static Map.Entry<Integer, Problem> entry(int status, String code, String title, String detail) {
        return Map.entry(status, Problem.of(status, code, title, detail));
    }
}
