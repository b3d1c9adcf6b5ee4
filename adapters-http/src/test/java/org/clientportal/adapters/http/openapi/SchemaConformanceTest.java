package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The response check can fail: a body that strays from its schema is caught. */
class SchemaConformanceTest {

    private final OpenApiDocument document = OpenApiDocument.served();
    private final SchemaConformance conformance = new SchemaConformance(document);

    private static final String TENANT = """
            {"id": "t1", "name": "Acme", "slug": "acme", "createdAt": "2026-01-01T00:00:00Z"}""";

    @Test
    void aBodyAsDocumented_passes() {
        assertThat(conformance.violations(document.schema("Tenant"), OpenApiDocument.parse(TENANT).root())).isEmpty();
    }

    @Test
    void anUndocumentedProperty_aMissingOne_aWrongTypeAndABadTime_areCaught() {
        String body = """
                {"id": 7, "name": "Acme", "createdAt": "yesterday", "plan": "gold"}""";

        assertThat(conformance.violations(document.schema("Tenant"), OpenApiDocument.parse(body).root())).containsExactlyInAnyOrder(
                "$: lacks the required property slug",
                "$.id: 7 is not of type \"string\"",
                "$.createdAt: \"yesterday\" is not a date-time",
                "$.plan: is not documented");
    }

    @Test
    void aStatusOutsideTheEnum_andANullWhereNoneIsAllowed_areCaught() {
        String body = """
                {"items": [{"key": "design", "title": null, "taskKeys": [], "dueDate": null, "visibility": "client", "completedAt": null}], "nextCursor": null}""";

        assertThat(conformance.violations(document.schema("ClientStatus"), OpenApiDocument.parse("\"archived\"").root()))
                .containsExactly("$: \"archived\" is not one of [\"lead\",\"onboarding\",\"active\",\"paused\",\"offboarded\"]");
        assertThat(conformance.violations(document.schema("ProjectPage"), OpenApiDocument.parse(body).root()))
                .contains("$.items[0]: lacks the required property id");
        assertThat(conformance.violations(document.schema("Milestone"),
                OpenApiDocument.parse(body).root().path("items").get(0))).containsExactly("$.title: null is not of type \"string\"");
    }

    @Test
    void aNullableReference_takesNullOrTheReferencedSchema_andNothingElse() {
        JsonNode schema = document.schema("CreateApiKeyRequest");

        assertThat(conformance.violations(schema, OpenApiDocument.parse("{\"name\": \"CI\", \"role\": \"viewer\"}").root()))
                .isEmpty();
        assertThat(conformance.violations(schema, OpenApiDocument.parse("{\"name\": \"CI\", \"role\": null}").root()))
                .isEmpty();
        assertThat(conformance.violations(schema, OpenApiDocument.parse("{\"name\": \"CI\", \"role\": \"owner\"}").root()))
                .containsExactly("$.role: matches none of the anyOf options: \"owner\"");
    }
}
