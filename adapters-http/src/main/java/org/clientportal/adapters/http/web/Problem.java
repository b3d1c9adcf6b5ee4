package org.clientportal.adapters.http.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clientportal.domain.shared.FieldError;

/** An RFC 9457 problem document, with the portal's extensions: code, requestId, errors and details. */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors,
                      Map<String, Object> details) {

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(status, code, title, detail, List.of(), Map.of());
    }

    public static Problem invalid(String code, String detail, List<FieldError> errors) {
        return new Problem(400, code, "Invalid request", detail, errors, Map.of());
    }

    public Map<String, Object> toJson(String instance, String requestId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", ProblemTypes.type(code));
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.put("instance", instance);
        json.put("code", code);
        json.put("requestId", requestId);
        if (!errors.isEmpty()) {
            json.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        }
        details.forEach(json::putIfAbsent);
        return json;
    }
}
