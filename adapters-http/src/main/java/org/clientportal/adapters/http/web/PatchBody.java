package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
        List<FieldError> errors = new ArrayList<>();
        tree.fieldNames().forEachRemaining(field -> {
            JsonNode value = tree.get(field);
            if (textListFields.contains(field)) {
                checkTextList(field, value, errors);
            } else if (!textFields.contains(field)) {
                errors.add(new FieldError(field, field.equals("status")
                        ? "cannot be set here; change a status with POST .../transitions"
                        : "is not a known field"));
            } else if (!value.isTextual() && !value.isNull()) {
                errors.add(new FieldError(field, "must be a string or null"));
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
        JsonNode value = tree.get(field);
        if (value == null) {
            return Change.keep();
        }
        return Change.to(value.isNull() ? null : value.asText());
    }
}
