package org.clientportal.adapters.http.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.clientportal.adapters.http.openapi.RecordSchemas.Direction;
import org.clientportal.adapters.http.web.FileReply;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCode;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;

/**
 * Builds the OpenAPI 3.1 document from the routes as registered: each route's {@link Operation}, the
 * conventions every route of its kind shares ({@link ApiConventions}), and JSON schemas generated
 * from the records it reads and answers ({@link RecordSchemas}). Nothing in it is written by hand per
 * route, so a route cannot be registered and left out, nor documented with a credential, parameter
 * or status it does not have.
 */
final class OpenApiGenerator {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final RecordSchemas schemas = new RecordSchemas(ApiConventions.vocabulary());
    private final Map<String, ObjectNode> parameters = new LinkedHashMap<>(ApiConventions.parameters());
    private final Map<String, ObjectNode> sharedResponses = new LinkedHashMap<>();
    private final Set<String> sharedResponsesUsed = new LinkedHashSet<>();
    private final Map<String, Operation.Tag> tags = new LinkedHashMap<>();
    private final ObjectNode problemSchema;

    private OpenApiGenerator() {
        ApiConventions.sharedProblems().forEach((name, codes) -> sharedResponses.put(name, problemResponse(codes)));
        sharedResponses.put(ApiConventions.REQUEST_REJECTED, problemResponse(ApiConventions.serverRefusals(),
                "The server refused the request before any route ran: it is not well-formed HTTP, too slow, or too"
                        + " large."));
        problemSchema = schemas.reference(Direction.RESPONSE, ProblemJson.class, List.of());
    }

    /** The document for these routes, as served: indented JSON text. */
    static String generate(List<RouteTable.Declared> routes) {
        try {
            return MAPPER.writeValueAsString(new OpenApiGenerator().document(routes));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode document(List<RouteTable.Declared> routes) {
        ObjectNode paths = JSON.objectNode();
        for (RouteTable.Declared declared : routes) {
            RouteTable.Route route = declared.route();
            ObjectNode item = paths.has(route.path()) ? (ObjectNode) paths.get(route.path()) : paths.putObject(route.path());
            String method = route.method().toLowerCase(Locale.ROOT);
            if (item.has(method)) {
                throw new IllegalStateException(route.method() + " " + route.path() + " is registered twice");
            }
            item.set(method, operation(route, declared.operation()));
        }

        ObjectNode document = JSON.objectNode().put("openapi", "3.1.0");
        document.putObject("info").put("title", ApiConventions.TITLE).put("version", ApiConventions.VERSION)
                .put("summary", ApiConventions.SUMMARY).put("description", ApiConventions.DESCRIPTION);
        ArrayNode servers = document.putArray("servers");
        ApiConventions.SERVERS.forEach(server -> servers.addObject().put("url", server.get("url"))
                .put("description", server.get("description")));
        ArrayNode tagList = document.putArray("tags");
        tags.values().forEach(tag -> tagList.addObject().put("name", tag.name()).put("description", tag.description()));
        document.set("paths", paths);

        ObjectNode components = document.putObject("components");
        components.set("securitySchemes", ApiConventions.securitySchemes());
        ObjectNode schemaDefinitions = components.putObject("schemas");
        Map<String, JsonNode> definitions = new TreeMap<>(schemas.definitions());
        definitions.put(ApiConventions.API_KEY_ROLE, ApiConventions.apiKeyRole());
        definitions.forEach(schemaDefinitions::set);
        ObjectNode parameterDefinitions = components.putObject("parameters");
        parameters.forEach(parameterDefinitions::set);
        components.set("headers", ApiConventions.headers());
        ObjectNode responseDefinitions = components.putObject("responses");
        sharedResponses.forEach((name, response) -> {
            if (sharedResponsesUsed.contains(name)) {
                responseDefinitions.set(name, response);
            }
        });
        if (!problemSchema.path("$ref").asText().equals("#/components/schemas/Problem")) {
            throw new IllegalStateException("The problem schema is not the shared Problem: " + problemSchema);
        }
        return document;
    }

    private ObjectNode operation(RouteTable.Route route, Operation operation) {
        Operation.Tag earlier = tags.putIfAbsent(operation.tag().name(), operation.tag());
        if (earlier != null && !earlier.equals(operation.tag())) {
            throw new IllegalStateException("The tag " + earlier.name() + " is declared with two descriptions");
        }
        boolean write = WRITES.contains(route.method());
        boolean idempotent = route.idempotent();

        ObjectNode node = JSON.objectNode().put("operationId", operation.id());
        node.putArray("tags").add(operation.tag().name());
        node.put("summary", operation.summary());
        operation.description().ifPresent(text -> node.put("description", text));
        ArrayNode security = node.putArray("security");
        switch (route.audience()) {
            case OPERATOR -> {
                security.addObject().putArray(ApiConventions.API_KEY);
                security.addObject().putArray(ApiConventions.SESSION);
            }
            case PORTAL -> security.addObject().putArray(ApiConventions.PORTAL_SESSION);
            case PUBLIC -> {
                // no credential is read at all
            }
        }

        ArrayNode parameterRefs = node.putArray("parameters");
        parameterRefs.add(ref("parameters", ApiConventions.REQUEST_ID));
        operation.pathParameters().forEach(p -> parameterRefs.add(ref("parameters", declare(p, false))));
        operation.queryParameters().forEach(p -> parameterRefs.add(ref("parameters",
                declare(p, operation.query().orElseThrow().isRepeatable(p.name())))));
        if (operation.takesIfMatch()) {
            parameterRefs.add(ref("parameters", ApiConventions.IF_MATCH));
        }
        if (idempotent) {
            parameterRefs.add(ref("parameters", ApiConventions.IDEMPOTENCY_KEY));
        }
        if (route.authenticated() && write) {
            parameterRefs.add(ref("parameters", ApiConventions.CSRF_TOKEN));
        }

        operation.requestBody().ifPresent(type -> {
            ObjectNode body = node.putObject("requestBody").put("required", true);
            ObjectNode content = body.putObject("content");
            ObjectNode schema = schemas.reference(Direction.REQUEST, type, List.of());
            content.putObject("application/json").set("schema", schema);
            if (route.method().equals("PATCH")) {
                content.putObject("application/merge-patch+json").set("schema", schema);
            }
        });

        if (operation.takesFiles()) {
            node.set("requestBody", ApiConventions.fileUploadBody());
        }

        ObjectNode responses = node.putObject("responses");
        for (Operation.Answer answer : operation.answers()) {
            responses.set(Integer.toString(answer.status()), success(answer, operation, idempotent));
        }
        if (operation.answers().isEmpty()) {
            throw new IllegalStateException(route.method() + " " + route.path() + " declares no success answer");
        }
        Map<Integer, List<ProblemCode>> problems = problems(route, operation, write, idempotent);
        problems.forEach((status, codes) -> responses.set(Integer.toString(status), sharedOr(problemResponse(codes))));
        if (problems.keySet().stream().noneMatch(status -> status < 500)) {
            responses.set("4XX", sharedResponse(ApiConventions.REQUEST_REJECTED));
        }
        return node;
    }

    private ObjectNode success(Operation.Answer answer, Operation operation, boolean idempotent) {
        ObjectNode response = JSON.objectNode().put("description", answer.description());
        ObjectNode headers = response.putObject("headers");
        headers.set(ApiConventions.REQUEST_ID_HEADER, ref("headers", ApiConventions.REQUEST_ID_HEADER));
        // A versioned record's answer carries its ETag; a deletion's 204 has no record left to carry one.
        if (operation.isVersioned() && answer.body().isPresent()) {
            headers.set(ApiConventions.ETAG_HEADER, ref("headers", ApiConventions.ETAG_HEADER));
        }
        if (idempotent) {
            headers.set(ApiConventions.REPLAYED_HEADER, ref("headers", ApiConventions.REPLAYED_HEADER));
        }
        operation.sessionCookie().ifPresent(change -> headers.set("Set-Cookie", ref("headers",
                ApiConventions.cookieHeader(operation.sessionCookieName().orElseThrow(), change))));
        answer.body().ifPresent(type -> {
            if (type == FileReply.class) {
                // Any media type: the one the file was stored as.
                headers.putObject("Content-Disposition").put("description", "`attachment`, with the file's name as"
                        + " `filename` (ASCII) and `filename*` (UTF-8).").putObject("schema").put("type", "string");
                headers.putObject("X-Content-Type-Options").put("description", "Always `nosniff`.")
                        .putObject("schema").put("type", "string");
                response.putObject("content").putObject("*/*").putObject("schema").put("type", "string")
                        .put("format", "binary");
            } else {
                ObjectNode content = response.putObject("content");
                content.putObject("application/json")
                        .set("schema", schemas.reference(Direction.RESPONSE, type, answer.typeArguments()));
                operation.textAlternatives().forEach(media -> content.putObject(media).putObject("schema")
                        .put("type", "string"));
            }
        });
        return response;
    }

    /**
     * Every refusal the route can answer, by status: those of its kind (credentials, CSRF, body and
     * query parameters, path parameters naming a record, Idempotency-Key, If-Match, rate limit,
     * dependencies) and its own.
     */
    private static Map<Integer, List<ProblemCode>> problems(RouteTable.Route route, Operation operation, boolean write,
                                                            boolean idempotent) {
        List<ProblemCode> all = new ArrayList<>();
        if (operation.requestBody().isPresent()) {
            all.addAll(List.of(ProblemCodes.VALIDATION, ProblemCodes.MALFORMED_JSON, ProblemCodes.BODY_REQUIRED,
                    ProblemCodes.BODY_TOO_LARGE, ProblemCodes.UNSUPPORTED_MEDIA_TYPE));
        }
        if (operation.query().isPresent() || idempotent) {
            all.add(ProblemCodes.VALIDATION);
        }
        if (operation.takesFiles()) {
            all.addAll(ProblemCodes.UPLOAD_REFUSALS);
        }
        if (route.authenticated()) {
            all.add(ProblemCodes.UNAUTHENTICATED_CALLER);
        }
        operation.permission().flatMap(OpenApiGenerator::roleRefusal).ifPresent(all::add);
        if (operation.isSignedInOperatorOnly()) {
            all.add(ProblemCodes.SIGNED_IN_OPERATOR_REQUIRED);
        } else if (operation.permission().isPresent() && operation.sessionOnly().isEmpty()) {
            all.add(ProblemCodes.API_KEY_SCOPE_MISSING);
        }
        operation.sessionOnly().ifPresent(why -> all.add(ProblemCodes.ROLE_FORBIDDEN.meaning(why)));
        if (route.authenticated() && write) {
            all.add(ProblemCodes.CSRF_TOKEN_MISMATCH);
        }
        if (!operation.pathParameters().isEmpty()) {
            all.add(ProblemCodes.RECORD_NOT_FOUND);
        }
        if (operation.takesIfMatch()) {
            all.addAll(List.of(ProblemCodes.STALE_VERSION, ProblemCodes.IF_MATCH_NOT_AN_ETAG,
                    ProblemCodes.CONCURRENT_MODIFICATION));
        }
        all.addAll(operation.problems());
        if (idempotent) {
            all.addAll(List.of(ProblemCodes.IDEMPOTENCY_KEY_IN_PROGRESS, ProblemCodes.IDEMPOTENCY_KEY_REUSED));
        }
        operation.rateLimit().ifPresent(limit -> all.add(ProblemCodes.RATE_LIMIT_SPENT.meaning(
                "a rate limit is spent (" + limit + "); `Retry-After` and `retryAfterSeconds` say when to try again")));
        if (!operation.isAnsweredThroughOutages()) {
            all.add(ProblemCodes.DEPENDENCY_UNAVAILABLE);
        }
        // A route's own meaning of a code replaces the one its kind gives it; a code comes once per status.
        Map<String, ProblemCode> own = new LinkedHashMap<>();
        operation.problems().forEach(code -> own.put(code.status() + " " + code.code(), code));
        Map<Integer, List<ProblemCode>> byStatus = new TreeMap<>();
        for (ProblemCode given : all) {
            ProblemCode code = own.getOrDefault(given.status() + " " + given.code(), given);
            List<ProblemCode> codes = byStatus.computeIfAbsent(code.status(), s -> new ArrayList<>());
            if (codes.stream().noneMatch(c -> c.code().equals(code.code()))) {
                codes.add(code);
            }
        }
        return byStatus;
    }

    /** The 403 of a permission some role lacks, naming the roles that have it. */
    private static Optional<ProblemCode> roleRefusal(Permission permission) {
        List<String> granted = Arrays.stream(Role.values()).filter(role -> role.grants(permission))
                .map(role -> "`" + role.name().toLowerCase(Locale.ROOT) + "`").toList();
        if (granted.size() == Role.values().length) {
            return Optional.empty();
        }
        return Optional.of(ProblemCodes.ROLE_FORBIDDEN.meaning("the caller's role may not "
                + Operation.words(permission) + "; only " + String.join(" and ", granted) + " may"));
    }

    private ObjectNode problemResponse(List<ProblemCode> codes) {
        String description;
        if (codes.size() == 1) {
            description = capitalized(codes.get(0).meaning()) + " (`" + codes.get(0).code() + "`).";
        } else {
            description = "One of:\n\n" + codes.stream().map(c -> "- `" + c.code() + "`: " + c.meaning())
                    .collect(Collectors.joining("\n"));
        }
        return problemResponse(codes, description);
    }

    private ObjectNode problemResponse(List<ProblemCode> codes, String description) {
        ObjectNode response = JSON.objectNode().put("description", description);
        ObjectNode headers = response.putObject("headers");
        headers.set(ApiConventions.REQUEST_ID_HEADER, ref("headers", ApiConventions.REQUEST_ID_HEADER));
        if (codes.contains(ProblemCodes.RATE_LIMIT_SPENT) || codes.stream().anyMatch(c -> c.status() == 429)) {
            headers.set(ApiConventions.RETRY_AFTER_HEADER, ref("headers", ApiConventions.RETRY_AFTER_HEADER));
        }
        response.putObject("content").putObject(PROBLEM_JSON).set("schema", ref("schemas", "Problem"));
        ArrayNode listed = response.putArray(ApiConventions.PROBLEM_CODES);
        codes.stream().map(ProblemCode::code).distinct().forEach(listed::add);
        return response;
    }

    /** The shared response that says the same, by reference; else this one. */
    private ObjectNode sharedOr(ObjectNode response) {
        return sharedResponses.entrySet().stream().filter(shared -> shared.getValue().equals(response))
                .map(shared -> sharedResponse(shared.getKey())).findFirst().orElse(response);
    }

    private ObjectNode sharedResponse(String name) {
        sharedResponsesUsed.add(name);
        return ref("responses", name);
    }

    /** Adds the parameter to the shared ones (once, under its component name) and returns that name. */
    private String declare(Operation.Parameter parameter, boolean repeatable) {
        ObjectNode node = JSON.objectNode().put("name", parameter.name()).put("in", parameter.in())
                .put("required", parameter.in().equals("path")).put("description", parameter.description());
        ObjectNode schema = parameter.type() != null
                ? schemas.reference(Direction.REQUEST, parameter.type(), List.of())
                : MAPPER.valueToTree(parameter.schema());
        if (repeatable) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", schema);
            node.set("schema", array);
            node.put("style", "form").put("explode", true);
        } else {
            node.set("schema", schema);
        }
        ObjectNode earlier = parameters.putIfAbsent(parameter.component(), node);
        if (earlier != null && earlier != node && !sameParameter(earlier, node)) {
            throw new IllegalStateException("The parameter " + parameter.component() + " is declared twice, differently");
        }
        return parameter.component();
    }

    /** Generated schemas are filled in only at the end: compare parameters without them. */
    private static boolean sameParameter(ObjectNode a, ObjectNode b) {
        ObjectNode left = a.deepCopy();
        ObjectNode right = b.deepCopy();
        left.remove("schema");
        right.remove("schema");
        return left.equals(right) && a.path("schema").path("type").equals(b.path("schema").path("type"));
    }

    private static ObjectNode ref(String section, String name) {
        return JSON.objectNode().put("$ref", "#/components/" + section + "/" + name);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
