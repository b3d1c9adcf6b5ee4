package org.clientportal.adapters.http.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.clientportal.adapters.http.web.RouteTable;

/**
 * The house rules an OpenAPI document must keep against the route table, beyond what a generic
 * validator knows: every route documented and nothing else, ids, summaries, security matching the
 * route, error responses, the conventions of idempotent POSTs and versioned updates. Returns every
 * violation as a sentence; an empty list means the document keeps them all.
 */
final class OpenApiRules {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");
    private static final Set<String> JSON_TYPES = Set.of("string", "number", "integer", "boolean", "object", "array", "null");
    /** Keywords whose values are data, not schemas. */
    private static final Set<String> NOT_SCHEMAS = Set.of("example", "examples", "const", "enum", "default");
    /** Keywords whose values map names (not keywords) to schemas. */
    private static final Set<String> PROPERTY_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private OpenApiRules() {
    }

    static List<String> violations(OpenApiDocument document, List<RouteTable.Route> routes) {
        List<String> violations = new ArrayList<>();
        coverage(document, routes, violations);
        Map<String, String> operationIds = new HashMap<>();
        Map<String, RouteTable.Route> routesByLabel = routes.stream()
                .collect(Collectors.toMap(r -> r.method() + " " + r.path(), r -> r, (a, b) -> a));
        for (OpenApiDocument.Operation operation : document.operations()) {
            RouteTable.Route route = routesByLabel.get(operation.label());
            checkOperation(document, operation, route, operationIds, violations);
        }
        danglingRefs(document, document.root(), "", violations);
        schemaTypes(document.root(), "", violations);
        return violations;
    }

    private static void coverage(OpenApiDocument document, List<RouteTable.Route> routes, List<String> violations) {
        Set<String> documented = document.operations().stream().map(OpenApiDocument.Operation::label)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> registered = routes.stream().map(r -> r.method() + " " + r.path())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String route : registered) {
            if (!documented.contains(route)) {
                violations.add(route + ": registered route is not documented");
            }
        }
        for (String operation : documented) {
            if (!registered.contains(operation)) {
                violations.add(operation + ": documented operation is not a registered route (stale entry)");
            }
        }
    }

    private static void checkOperation(OpenApiDocument document, OpenApiDocument.Operation operation,
                                       RouteTable.Route route, Map<String, String> operationIds,
                                       List<String> violations) {
        String at = operation.label() + ": ";
        JsonNode node = operation.node();
        String operationId = node.path("operationId").asText("");
        if (operationId.isBlank()) {
            violations.add(at + "has no operationId");
        } else {
            String earlier = operationIds.putIfAbsent(operationId, operation.label());
            if (earlier != null) {
                violations.add(at + "operationId " + operationId + " is already used by " + earlier);
            }
        }
        if (node.path("summary").asText("").isBlank()) {
            violations.add(at + "has no summary");
        }
        if (!node.path("tags").isArray() || node.path("tags").isEmpty()) {
            violations.add(at + "has no tag");
        }
        JsonNode responses = node.path("responses");
        Set<String> statuses = new HashSet<>();
        responses.fieldNames().forEachRemaining(statuses::add);
        if (statuses.stream().noneMatch(s -> s.startsWith("4"))) {
            violations.add(at + "documents no 4xx response");
        }
        if (statuses.stream().noneMatch(s -> s.startsWith("2"))) {
            violations.add(at + "documents no 2xx response");
        }
        for (String status : statuses) {
            if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode schema = document.resolve(responses.get(status)).path("content").path(PROBLEM_JSON).path("schema");
                if (!PROBLEM_REF.equals(schema.path("$ref").asText())) {
                    violations.add(at + "response " + status + " is not application/problem+json with the Problem schema");
                }
            }
        }
        Set<String> headers = parameters(document, node, "header");
        if (route != null) {
            checkSecurity(at, node, route, violations);
            if (route.authenticated() && !statuses.contains("401")) {
                violations.add(at + "is authenticated but documents no 401");
            }
            boolean idempotent = route.idempotent();
            if (idempotent != headers.contains("Idempotency-Key")) {
                violations.add(at + (idempotent ? "honours Idempotency-Key but does not document it"
                        : "documents Idempotency-Key, which it does not honour"));
            }
        }
        boolean versionedUpdate = operation.method().equals("PATCH") || operation.method().equals("PUT")
                || operation.path().endsWith("/transitions");
        if (versionedUpdate && !headers.contains("If-Match")) {
            violations.add(at + "is a versioned update but does not document If-Match");
        }
        checkPathParameters(at, document, operation, violations);
        checkRequestBody(at, document, node, violations);
    }

    private static void checkSecurity(String at, JsonNode node, RouteTable.Route route, List<String> violations) {
        JsonNode security = node.get("security");
        if (security == null || !security.isArray()) {
            violations.add(at + "has no explicit security");
            return;
        }
        Set<String> schemes = new HashSet<>();
        security.forEach(requirement -> requirement.fieldNames().forEachRemaining(schemes::add));
        switch (route.audience()) {
            case OPERATOR -> {
                if (!schemes.equals(Set.of("apiKey", "session")) || security.size() != 2) {
                    violations.add(at + "is the agency's: security must be [{apiKey: []}, {session: []}], not "
                            + security);
                }
            }
            case PORTAL -> {
                if (!schemes.equals(Set.of("portalSession")) || security.size() != 1) {
                    violations.add(at + "is the portal's: security must be [{portalSession: []}], not " + security);
                }
            }
            case PUBLIC -> {
                if (!security.isEmpty()) {
                    violations.add(at + "is open: security must be [], not " + security);
                }
            }
        }
    }

    private static Set<String> parameters(OpenApiDocument document, JsonNode operation, String in) {
        Set<String> names = new HashSet<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = document.resolve(parameter);
            if (in.equals(resolved.path("in").asText())) {
                names.add(resolved.path("name").asText());
            }
        }
        return names;
    }

    private static void checkPathParameters(String at, OpenApiDocument document, OpenApiDocument.Operation operation,
                                            List<String> violations) {
        Set<String> inTemplate = new HashSet<>();
        Matcher m = PATH_PARAM.matcher(operation.path());
        while (m.find()) {
            inTemplate.add(m.group(1));
        }
        Set<String> declared = parameters(document, operation.node(), "path");
        if (!inTemplate.equals(declared)) {
            violations.add(at + "path parameters " + declared + " do not match the template's " + inTemplate);
        }
    }

    /** An upload takes multipart/form-data with its files as an array of binary parts named {@code file}. */
    private static boolean isUpload(OpenApiDocument document, JsonNode operation) {
        JsonNode files = document.resolve(operation.path("requestBody")).path("content").path("multipart/form-data")
                .path("schema").path("properties").path("file");
        return files.path("type").asText().equals("array") && files.path("items").path("format").asText()
                .equals("binary");
    }

    private static void checkRequestBody(String at, OpenApiDocument document, JsonNode operation, List<String> violations) {
        JsonNode body = document.resolve(operation.path("requestBody"));
        if (body.isMissingNode() || isUpload(document, operation)) {
            return;
        }
        JsonNode json = body.path("content").path("application/json");
        if (json.isMissingNode()) {
            violations.add(at + "request body is not application/json");
            return;
        }
        JsonNode schema = document.resolve(json.path("schema"));
        if (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean()) {
            violations.add(at + "request body schema must set additionalProperties: false (unknown fields are refused)");
        }
    }

    private static void danglingRefs(OpenApiDocument document, JsonNode node, String where, List<String> violations) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && document.resolve(node).isMissingNode()) {
                violations.add(where + ": $ref " + ref.asText() + " points nowhere");
            }
            node.properties().forEach(e -> danglingRefs(document, e.getValue(), where + "/" + e.getKey(), violations));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                danglingRefs(document, node.get(i), where + "/" + i, violations);
            }
        }
    }

    /** A typo in {@code type} ("strin") passes the parser; JSON Schema knows seven types. */
    private static void schemaTypes(JsonNode node, String where, List<String> violations) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemaTypes(node.get(i), where + "/" + i, violations);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode type = node.get("type");
        if (type != null && where.contains("/schema")) {
            List<JsonNode> types = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(types::add);
            } else {
                types.add(type);
            }
            for (JsonNode t : types) {
                if (!t.isTextual() || !JSON_TYPES.contains(t.asText())) {
                    violations.add(where + ": type " + t + " is not a JSON Schema type");
                }
            }
        }
        node.properties().forEach(e -> {
            String key = e.getKey();
            if (key.startsWith("x-") || NOT_SCHEMAS.contains(key)) {
                return;
            }
            if (PROPERTY_MAPS.contains(key)) {
                e.getValue().properties().forEach(p ->
                        schemaTypes(p.getValue(), where + "/" + key + "/" + p.getKey(), violations));
            } else {
                schemaTypes(e.getValue(), where + "/" + key, violations);
            }
        });
    }
}
