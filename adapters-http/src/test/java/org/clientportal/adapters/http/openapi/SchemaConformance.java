package org.clientportal.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the document, for the keywords this API's schemas use
 * ($ref, type, const, enum, oneOf, anyOf, properties, required, additionalProperties, items, maxItems,
 * minLength, maxLength, pattern, minimum, maximum, format date / date-time). Stricter than JSON
 * Schema in one way on purpose: an object whose schema lists properties may not carry a property
 * the schema does not list, unless the schema says what additional properties look like. So an
 * undocumented field in a response fails.
 */
final class SchemaConformance {

    private final OpenApiDocument document;

    SchemaConformance(OpenApiDocument document) {
        this.document = document;
    }

    List<String> violations(JsonNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations);
        return violations;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String at, List<String> violations) {
        JsonNode schema = document.resolve(schemaOrRef);
        if (schema.isMissingNode()) {
            violations.add(at + ": schema " + schemaOrRef + " does not resolve");
            return;
        }
        if (schema.has("oneOf")) {
            int matching = 0;
            for (JsonNode option : schema.get("oneOf")) {
                if (violations(option, value).isEmpty()) {
                    matching++;
                }
            }
            if (matching != 1) {
                violations.add(at + ": matches " + matching + " of the oneOf options, not exactly one: " + value);
            }
        }
        if (schema.has("anyOf")) {
            boolean matches = false;
            for (JsonNode option : schema.get("anyOf")) {
                matches |= violations(option, value).isEmpty();
            }
            if (!matches) {
                violations.add(at + ": matches none of the anyOf options: " + value);
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            violations.add(at + ": " + value + " is not " + schema.get("const"));
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            violations.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if (schema.has("type") && !hasType(schema.get("type"), value)) {
            violations.add(at + ": " + describe(value) + " is not of type " + schema.get("type"));
            return;
        }
        if (value.isTextual()) {
            checkString(schema, value.asText(), at, violations);
        } else if (value.isNumber()) {
            if (schema.has("minimum") && value.asDouble() < schema.get("minimum").asDouble()) {
                violations.add(at + ": " + value + " is below the minimum " + schema.get("minimum"));
            }
            if (schema.has("maximum") && value.asDouble() > schema.get("maximum").asDouble()) {
                violations.add(at + ": " + value + " is above the maximum " + schema.get("maximum"));
            }
        } else if (value.isArray()) {
            if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
                violations.add(at + ": holds more than " + schema.get("maxItems") + " items");
            }
            if (schema.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), at + "[" + i + "]", violations);
                }
            }
        } else if (value.isObject()) {
            checkObject(schema, value, at, violations);
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String at, List<String> violations) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                violations.add(at + ": lacks the required property " + required.asText());
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String where = at + "." + member.getKey();
            if (properties.has(member.getKey())) {
                check(properties.get(member.getKey()), member.getValue(), where, violations);
            } else if (additional != null && additional.isObject()) {
                check(additional, member.getValue(), where, violations);
            } else if (additional != null && additional.isBoolean() && additional.asBoolean()) {
                continue;
            } else if (additional != null || properties.size() > 0) {
                violations.add(where + ": is not documented");
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String at, List<String> violations) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            violations.add(at + ": is shorter than " + schema.get("minLength"));
        }
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            violations.add(at + ": is longer than " + schema.get("maxLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            violations.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
        String format = schema.path("format").asText("");
        try {
            if (format.equals("date-time")) {
                Instant.parse(text);
            } else if (format.equals("date")) {
                LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            violations.add(at + ": \"" + text + "\" is not a " + format);
        }
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (hasType(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode candidate : values) {
            if (candidate.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
