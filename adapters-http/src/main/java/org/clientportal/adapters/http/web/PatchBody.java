package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * A partial update body, where a field left out is kept and a field sent as null is cleared.
 * Unknown fields, and fields of the wrong type, are refused all at once.
 */
public final class PatchBody {

    private final JsonNode tree;

    private PatchBody(JsonNode tree) {
        this.tree = tree;
    }

    /** The fields a partial update takes: exactly the components of the record that documents it. */
    public static Set<String> fieldsOf(Class<? extends Record> body) {
        return Arrays.stream(body.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    public static PatchBody of(JsonNode tree, Set<String> textFields) {
        return of(tree, textFields, Set.of());
    }

    /** With fields that take a list of strings ({@code textListFields}) besides the text ones. */
    public static PatchBody of(JsonNode tree, Set<String> textFields, Set<String> textListFields) {
        Map<String, Kind> kinds = new HashMap<>();
        textFields.forEach(field -> kinds.put(field, Kind.TEXT));
        textListFields.forEach(field -> kinds.put(field, Kind.TEXT_LIST));
        return of(tree, kinds);
    }

    /** What a field of a partial update takes, besides null. */
    public enum Kind {
        TEXT("a string"),
        TEXT_LIST("a list of strings"),
        WHOLE_NUMBER("a whole number"),
        DECIMAL("a number"),
        FLAG("true, false");

        private final String expected;

        Kind(String expected) {
            this.expected = expected;
        }

        private boolean accepts(JsonNode value) {
            return switch (this) {
                case TEXT -> value.isTextual();
                case TEXT_LIST -> value.isArray();
                case WHOLE_NUMBER -> value.isIntegralNumber() && value.canConvertToLong();
                case DECIMAL -> value.isNumber();
                case FLAG -> value.isBoolean();
            };
        }
    }

    /** A body whose fields each take one kind of value; any other field is refused. */
    public static PatchBody of(JsonNode tree, Map<String, Kind> fields) {
        List<FieldError> errors = new ArrayList<>();
        tree.fieldNames().forEachRemaining(field -> {
            JsonNode value = tree.get(field);
            Kind kind = fields.get(field);
            if (kind == null) {
                errors.add(new FieldError(field, field.equals("status")
                        ? "cannot be set here; change a status with POST .../transitions"
                        : "is not a known field"));
            } else if (kind == Kind.TEXT_LIST) {
                checkTextList(field, value, errors);
            } else if (!kind.accepts(value) && !value.isNull()) {
                errors.add(new FieldError(field, "must be " + kind.expected + " or null"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PatchBody(tree);
    }

    private static void checkTextList(String field, JsonNode value, List<FieldError> errors) {
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be a list of strings"));
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string"));
            }
        }
    }

    public Change<List<String>> textList(String field) {
        JsonNode value = tree.get(field);
        if (value == null) {
            return Change.keep();
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        return Change.to(List.copyOf(items));
    }

    public Change<String> text(String field) {
        return change(field, JsonNode::asText);
    }

    public Change<Long> wholeNumber(String field) {
        return change(field, JsonNode::longValue);
    }

    public Change<BigDecimal> decimal(String field) {
        return change(field, JsonNode::decimalValue);
    }

    public Change<Boolean> flag(String field) {
        return change(field, JsonNode::booleanValue);
    }

    private <T> Change<T> change(String field, Function<JsonNode, T> read) {
        JsonNode value = tree.get(field);
        if (value == null) {
            return Change.keep();
        }
        return Change.to(value.isNull() ? null : read.apply(value));
    }
}
