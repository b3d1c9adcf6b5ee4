package org.clientportal.adapters.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** An OpenAPI document as a JSON tree, with the few lookups the tests need: operations and local $refs. */
final class OpenApiDocument {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One operation: the method in upper case (as the route table has it), the path and its JSON. */
    record Operation(String method, String path, JsonNode node) {

        String label() {
            return method + " " + path;
        }
    }

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document this module serves. */
    static OpenApiDocument served() {
        return parse(OpenApiFixtures.servedDocument());
    }

    JsonNode root() {
        return root;
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : entries(root.path("paths"))) {
            for (Map.Entry<String, JsonNode> item : entries(path.getValue())) {
                if (METHODS.contains(item.getKey())) {
                    operations.add(new Operation(item.getKey().toUpperCase(Locale.ROOT), path.getKey(), item.getValue()));
                }
            }
        }
        return operations;
    }

    Operation operation(String method, String path) {
        return operations().stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No documented operation " + method + " " + path));
    }

    JsonNode schema(String name) {
        JsonNode schema = root.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new AssertionError("No schema " + name + " in components.schemas");
        }
        return schema;
    }

    /** Follows a local {@code $ref} (repeatedly); returns a missing node when it points nowhere. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#") || hops > 20) {
                return MissingNode.getInstance();
            }
            current = root.at(ref.substring(1));
        }
        return current;
    }

    static Iterable<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        return node.properties();
    }
}
