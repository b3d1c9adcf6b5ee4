package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * An error answer of the portal (RFC 9457 problem+json), told in one or two lines: the detail, and the
 * field errors or the moves a refused transition allows.
 */
public record Problem(int status, String detail, List<String> fieldErrors, List<String> allowed) {

    public static Problem of(int status, String body) {
        JsonNode json = parseQuietly(body);
        if (json == null || !json.isObject()) {
            String text = body == null ? "" : body.strip();
            String detail = "the portal answered HTTP " + status + (text.isEmpty() ? "" : ": " + firstLine(text));
            return new Problem(status, detail, List.of(), List.of());
        }
        String detail = json.path("detail").asText(json.path("title").asText("the portal answered HTTP " + status));
        List<String> fields = new ArrayList<>();
        json.path("errors").forEach(error -> fields.add(error.hasNonNull("field")
                ? error.path("field").asText() + ": " + error.path("message").asText()
                : error.path("message").asText()));
        List<String> allowed = new ArrayList<>();
        json.path("allowed").forEach(move -> allowed.add(move.asText()));
        return new Problem(status, detail, fields, allowed);
    }

    /** The detail, then what it leaves out of the field errors or the allowed moves (the portal's details usually say both). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("error: " + detail);
        String fields = String.join("; ", fieldErrors);
        String moves = String.join(", ", allowed);
        if (!fieldErrors.isEmpty() && !detail.contains(fields)) {
            lines.add("  " + fields);
        } else if (fieldErrors.isEmpty() && !allowed.isEmpty() && !detail.contains(moves)) {
            lines.add("  allowed moves: " + moves);
        }
        return lines;
    }

    public CliFailure failure() {
        return new CliFailure(ExitCode.forStatus(status), lines());
    }

    private static JsonNode parseQuietly(String body) {
        try {
            return body == null || body.isBlank() ? null : Json.parse(body);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
