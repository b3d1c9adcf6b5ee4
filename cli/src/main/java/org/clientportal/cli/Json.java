package org.clientportal.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one JSON mapper: the CLI passes the API's JSON through as trees, never binding it to classes. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String compact(JsonNode node) {
        return node.toString();
    }

    /** Sets a field only when a value was given, so that a body names only what the user asked for. */
    public static ObjectNode putIfGiven(ObjectNode body, String name, String value) {
        if (value != null) {
            body.put(name, value);
        }
        return body;
    }

    /** As {@link #putIfGiven(ObjectNode, String, String)}, for a number or a yes/no option left out as null. */
    public static ObjectNode putIfGiven(ObjectNode body, String name, Number value) {
        if (value != null) {
            body.set(name, MAPPER.valueToTree(value));
        }
        return body;
    }

    public static ObjectNode putIfGiven(ObjectNode body, String name, Boolean value) {
        if (value != null) {
            body.put(name, value);
        }
        return body;
    }

    /** For edits: a value given empty ({@code --phone ''}) clears the field, which the API takes as null. */
    public static ObjectNode putOrClear(ObjectNode body, String name, String value) {
        if (value != null) {
            if (value.isEmpty()) {
                body.putNull(name);
            } else {
                body.put(name, value);
            }
        }
        return body;
    }
}
