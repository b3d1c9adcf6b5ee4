package org.clientportal.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects every field error of one input before failing, so a caller learns all that is wrong
 * at once. Value types refuse bad input with {@link IllegalArgumentException}; this names the field.
 * What a text may hold and how its length is counted is {@link Text}'s rule.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** A required single-line text (a name, a title), stripped. */
    public String requiredText(String field, String value, int maxLength) {
        return requiredText(field, value, Text.Kind.SINGLE_LINE, maxLength);
    }

    /** An optional single-line text, stripped; blank means absent. */
    public Optional<String> optionalText(String field, String value, int maxLength) {
        return optionalText(field, value, Text.Kind.SINGLE_LINE, maxLength);
    }

    /** An optional text of several lines (a description, a message), stripped; blank means absent. */
    public Optional<String> optionalMultiLineText(String field, String value, int maxLength) {
        return optionalText(field, value, Text.Kind.MULTI_LINE, maxLength);
    }

    /** A required text that may span lines (a comment, an update), stripped. */
    public String requiredMultiLineText(String field, String value, int maxLength) {
        return requiredText(field, value, Text.Kind.MULTI_LINE, maxLength);
    }

    /** A required secret, such as a password at sign-in: checked as sent, never stripped. */
    public String requiredSecret(String field, String value, int maxLength) {
        if (value == null || value.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return checked(field, value, Text.Kind.SECRET, maxLength);
    }

    private String requiredText(String field, String value, Text.Kind kind, int maxLength) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return checked(field, text, kind, maxLength);
    }

    private Optional<String> optionalText(String field, String value, Text.Kind kind, int maxLength) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(checked(field, value.strip(), kind, maxLength));
    }

    /** Parses a required value with the value type's own rules. */
    public <T> T required(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return parse(field, raw, parser);
    }

    /** A required value that arrives typed (a number, a decimal), held to the value type's own rule. */
    public <T, R> R requiredValue(String field, T raw, Function<T, R> rule) {
        if (raw == null) {
            errors.add(new FieldError(field, "is required"));
            return null;
        }
        return ruled(field, raw, rule);
    }

    /** Parses an optional value; blank means absent. */
    public <T> Optional<T> optional(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(parse(field, raw, parser));
    }

    /** Parses each value of a field given several times (a repeated filter); blank ones are absent. */
    public <T> List<T> each(String field, List<String> raws, Function<String, T> parser) {
        List<T> parsed = new ArrayList<>();
        for (String raw : raws) {
            optional(field, raw, parser).ifPresent(parsed::add);
        }
        return parsed;
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
        String text = raw.strip();
        if (checked(field, text, Text.Kind.SINGLE_LINE, Integer.MAX_VALUE) == null) {
            return null;
        }
        return ruled(field, text, parser);
    }

    private <T, R> R ruled(String field, T value, Function<T, R> rule) {
        try {
            return rule.apply(value);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return null;
        }
    }

    private String checked(String field, String text, Text.Kind kind, int maxLength) {
        Optional<String> problem = Text.problem(text, kind, maxLength);
        if (problem.isPresent()) {
            errors.add(new FieldError(field, problem.get()));
            return null;
        }
        return text;
    }
}
