package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.clientportal.adapters.http.web.Audience;
import org.clientportal.adapters.http.web.RouteTable;
import org.junit.jupiter.api.Test;

/** The checks can fail: each broken document is caught, with a sentence that names what is wrong. */
class OpenApiRulesTest {

    private static final List<RouteTable.Route> ROUTES = List.of(
            new RouteTable.Route("GET", "/healthz", Audience.PUBLIC),
            new RouteTable.Route("POST", "/api/v1/things", Audience.OPERATOR));

    private static final String GOOD = """
            {
              "openapi": "3.1.0",
              "info": {"title": "t", "version": "1"},
              "paths": {
                "/healthz": {"get": {
                  "operationId": "health", "summary": "Health", "tags": ["Health"], "security": [],
                  "responses": {"200": {"description": "up"}, "4XX": {"$ref": "#/components/responses/Problem"}}}},
                "/api/v1/things": {"post": {
                  "operationId": "createThing", "summary": "Create a thing", "tags": ["Things"],
                  "security": [{"apiKey": []}, {"session": []}],
                  "parameters": [{"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}],
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                  "responses": {"201": {"description": "made"}, "401": {"$ref": "#/components/responses/Problem"}}}}
              },
              "components": {
                "securitySchemes": {
                  "apiKey": {"type": "http", "scheme": "bearer"},
                  "session": {"type": "apiKey", "in": "cookie", "name": "portal_session"}},
                "schemas": {
                  "Thing": {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": false},
                  "Problem": {"type": "object", "properties": {"type": {"type": "string"}}}},
                "responses": {"Problem": {"description": "refused",
                  "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}
              }
            }
            """;

    @Test
    void aDocumentThatKeepsTheRules_hasNoViolation_andIsValid() {
        assertThat(OpenApiRules.violations(OpenApiDocument.parse(GOOD), ROUTES)).isEmpty();
        assertThat(OpenApiValidator.messages(GOOD)).isEmpty();
    }

    @Test
    void theServedDocument_withOneOperationIdRemoved_fails() {
        OpenApiDocument served = OpenApiDocument.served();
        ObjectNode operation = (ObjectNode) served.operation("GET", "/api/v1/clients").node();
        operation.remove("operationId");

        assertThat(OpenApiRules.violations(served, OpenApiFixtures.apiOverFakes().routes()))
                .containsExactly("GET /api/v1/clients: has no operationId");
    }

    @Test
    void aMissingOperationId_isCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        thing(document).remove("operationId");

        assertThat(OpenApiRules.violations(document, ROUTES)).containsExactly("POST /api/v1/things: has no operationId");
    }

    @Test
    void aRepeatedOperationId_isCaught_byTheRules_andByTheValidator() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        thing(document).put("operationId", "health");

        assertThat(OpenApiRules.violations(document, ROUTES))
                .containsExactly("POST /api/v1/things: operationId health is already used by GET /healthz");
        assertThat(OpenApiValidator.messages(document.root().toString())).anyMatch(m -> m.contains("operationId is repeated"));
    }

    @Test
    void anUndocumentedRoute_andAStaleOperation_areCaught() {
        List<RouteTable.Route> routes = List.of(ROUTES.get(0), new RouteTable.Route("POST", "/api/v1/other-things", Audience.OPERATOR));

        assertThat(OpenApiRules.violations(OpenApiDocument.parse(GOOD), routes)).containsExactlyInAnyOrder(
                "POST /api/v1/other-things: registered route is not documented",
                "POST /api/v1/things: documented operation is not a registered route (stale entry)");
    }

    @Test
    void aMethodThatDiffersFromTheRoute_isCaughtBothWays() {
        List<RouteTable.Route> routes = List.of(ROUTES.get(0), new RouteTable.Route("PUT", "/api/v1/things", Audience.OPERATOR));

        assertThat(OpenApiRules.violations(OpenApiDocument.parse(GOOD), routes)).contains(
                "PUT /api/v1/things: registered route is not documented",
                "POST /api/v1/things: documented operation is not a registered route (stale entry)");
    }

    @Test
    void securityThatDoesNotMatchTheRoute_isCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        thing(document).putArray("security");
        ObjectNode health = (ObjectNode) document.operation("GET", "/healthz").node();
        health.remove("security");

        assertThat(OpenApiRules.violations(document, ROUTES)).containsExactlyInAnyOrder(
                "POST /api/v1/things: is the agency's: security must be [{apiKey: []}, {session: []}], not []",
                "GET /healthz: has no explicit security");
    }

    @Test
    void anAuthenticatedOperationWithout401_andOneWithout4xx_areCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        ((ObjectNode) thing(document).get("responses")).remove("401");

        assertThat(OpenApiRules.violations(document, ROUTES)).containsExactlyInAnyOrder(
                "POST /api/v1/things: documents no 4xx response",
                "POST /api/v1/things: is authenticated but documents no 401");
    }

    @Test
    void anErrorResponseThatIsNotAProblem_isCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        ((ObjectNode) thing(document).get("responses")).putObject("401").put("description", "no");

        assertThat(OpenApiRules.violations(document, ROUTES))
                .containsExactly("POST /api/v1/things: response 401 is not application/problem+json with the Problem schema");
    }

    @Test
    void anAuthenticatedPostWithoutIdempotencyKey_isCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        thing(document).remove("parameters");

        assertThat(OpenApiRules.violations(document, ROUTES))
                .containsExactly("POST /api/v1/things: honours Idempotency-Key but does not document it");
    }

    @Test
    void aRequestBodyOpenToUnknownFields_isCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        ((ObjectNode) document.schema("Thing")).remove("additionalProperties");

        assertThat(OpenApiRules.violations(document, ROUTES)).containsExactly(
                "POST /api/v1/things: request body schema must set additionalProperties: false (unknown fields are refused)");
    }

    @Test
    void aDanglingRef_andATypoInAType_areCaught() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        ((ObjectNode) document.schema("Thing").get("properties")).putObject("owner").put("$ref", "#/components/schemas/Nobody");
        ((ObjectNode) document.schema("Thing").get("properties").get("name")).put("type", "strin");

        assertThat(OpenApiRules.violations(document, ROUTES)).containsExactlyInAnyOrder(
                "/components/schemas/Thing/properties/owner: $ref #/components/schemas/Nobody points nowhere",
                "/components/schemas/Thing/properties/name: type \"strin\" is not a JSON Schema type");
    }

    @Test
    void theValidator_refusesAStructurallyBrokenDocument() {
        OpenApiDocument document = OpenApiDocument.parse(GOOD);
        ((ObjectNode) document.root().get("info")).remove("title");
        ((ObjectNode) document.operation("GET", "/healthz").node().get("responses").get("200")).remove("description");
        ArrayNode parameters = (ArrayNode) thing(document).get("parameters");
        ((ObjectNode) parameters.get(0)).remove("schema");

        assertThat(OpenApiValidator.messages(document.root().toString())).contains(
                "attribute info.title is missing",
                "attribute paths.'/healthz'(get).responses.200.description is missing");
    }

    @Test
    void theValidator_refusesAnOpenApi30Document() {
        String document = GOOD.replace("\"3.1.0\"", "\"3.0.3\"");

        assertThat(OpenApiValidator.messages(document)).contains("the document is not OpenAPI 3.1 but V30");
    }

    private static ObjectNode thing(OpenApiDocument document) {
        return (ObjectNode) document.operation("POST", "/api/v1/things").node();
    }
}
