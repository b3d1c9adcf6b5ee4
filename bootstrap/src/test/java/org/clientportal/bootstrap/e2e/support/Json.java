package org.clientportal.bootstrap.e2e.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Small readings of JSON answers that assertions need. */
public final class Json {

    private Json() {
    }

    /** The values of a JSON array of strings, in order. */
    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
