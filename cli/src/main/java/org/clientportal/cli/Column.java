package org.clientportal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** One column of a table or CSV: a header and how a cell is read from an item of the API's JSON. */
public record Column(String header, Function<JsonNode, String> cell) {

    /** A property of the item, shown as text: arrays joined by commas, objects as compact JSON, null empty. */
    public static Column field(String name) {
        return new Column(name, item -> text(item.path(name)));
    }

    public static List<Column> fields(String... names) {
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(field(name));
        }
        return columns;
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(element -> parts.add(text(element)));
            return String.join(", ", parts);
        }
        return value.isValueNode() ? value.asText() : Json.compact(value);
    }
}
