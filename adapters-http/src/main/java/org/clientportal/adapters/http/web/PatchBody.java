package org.clientportal.adapters.http.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

    public static PatchBody of(JsonNode tree, Set<String> textFields) {
        List<FieldError> errors = new ArrayList<>();
        tree.fieldNames().forEachRemaining(field -> {
            if (!textFields.contains(field)) {
                errors.add(new FieldError(field, field.equals("status")
                        ? "cannot be set here; change a status with POST .../transitions"
                        : "is not a known field"));
            } else if (!tree.get(field).isTextual() && !tree.get(field).isNull()) {
                errors.add(new FieldError(field, "must be a string or null"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
        return new PatchBody(tree);
    }

    public Change<String> text(String field) {
        JsonNode value = tree.get(field);
        if (value == null) {
            return Change.keep();
        }
        return Change.to(value.isNull() ? null : value.asText());
    }
}
