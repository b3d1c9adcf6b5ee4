package org.clientportal.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every field error of one input before failing, so a caller learns all that is wrong
 * at once. Value types refuse bad input with {@link IllegalArgumentException}; this names the field.
 */
public final class Validation {

    /** No name or message holds U+0000, and PostgreSQL cannot store it in text: refused with the field named. */
    private static final char NUL = '\u0000';
    private static final String NUL_MESSAGE = "must not contain the NUL character (U+0000)";

    private final List<FieldError> errors = new ArrayList<>();

    public String requiredText(String field, String value, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return withinLength(field, text, maxLength);
    }

    public Optional<String> optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(withinLength(field, value.strip(), maxLength));
    }

    /** Parses a required value with the value type's own rules. */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parse(field, raw, parser);
    }

    /** Parses an optional value; blank means absent. */
    public <T> Optional<T> optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(field, raw, parser));
    }

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws every collected error, if any. */
    public void done() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
        if (raw.indexOf(NUL) >= 0) {
            errors.add(new FieldError(field, NUL_MESSAGE));
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private String withinLength(String field, String text, int maxLength) {
        if (text.indexOf(NUL) >= 0) {
            errors.add(new FieldError(field, NUL_MESSAGE));
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        return text;
    }
}
