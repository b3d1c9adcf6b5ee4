package org.clientportal.domain.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Input that breaks a rule of form: lengths, formats, required values. */
public final class ValidationFailed extends DomainError {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fieldErrors;

    public ValidationFailed(List<FieldError> fieldErrors) {
        super(ErrorKind.INVALID, "validation", describe(fieldErrors), Map.of());
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ValidationFailed of(String field, String message) {
        return new ValidationFailed(List.of(new FieldError(field, message)));
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }
}
