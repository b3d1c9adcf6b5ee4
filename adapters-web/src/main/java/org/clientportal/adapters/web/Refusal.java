package org.clientportal.adapters.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Why a form was not taken, as its page shows it: one message, and the fields it names with what
 * was wrong with each, shown next to those fields. {@code status} is the page's HTTP status.
 */
public record Refusal(int status, String message, Map<String, String> fields) {

    public static final Refusal NONE = new Refusal(200, "", Map.of());

    public static Refusal of(DomainError error) {
        List<FieldError> errors = error instanceof ValidationFailed invalid ? invalid.fieldErrors() : List.of();
        return new Refusal(ErrorStatus.of(error.kind()), error.getMessage(), errors.stream()
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (first, next) -> first)));
    }

    public boolean any() {
        return !message.isEmpty();
    }

    /** What was wrong with one field, or empty. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    public boolean hasField(String name) {
        return fields.containsKey(name);
    }
}
