package org.clientportal.adapters.http.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.clientportal.adapters.http.web.Audience;
import org.clientportal.adapters.http.web.RouteTable;
import org.junit.jupiter.api.Test;

/** The served OpenAPI document against the routes the API really registers. */
class OpenApiDocumentTest {

    private static final List<RouteTable.Route> ROUTES = OpenApiFixtures.apiOverFakes().routes();
    private final OpenApiDocument document = OpenApiDocument.served();

    @Test
    void theRouteTable_holdsEveryRoute_soTheComparisonIsNotVacuous() {
        assertThat(ROUTES).hasSizeGreaterThanOrEqualTo(30)
                .contains(new RouteTable.Route("GET", "/api/v1/openapi.json", Audience.PUBLIC),
                        new RouteTable.Route("POST", "/api/v1/clients/{id}/transitions", Audience.OPERATOR));
    }

    @Test
    void everyRegisteredRoute_isDocumented_withTheSameMethodAndPath() {
        List<String> documented = document.operations().stream().map(OpenApiDocument.Operation::label).toList();

        assertThat(documented).containsAll(ROUTES.stream().map(r -> r.method() + " " + r.path()).toList());
    }

    @Test
    void everyDocumentedOperation_isARegisteredRoute() {
        List<String> registered = ROUTES.stream().map(r -> r.method() + " " + r.path()).toList();

        assertThat(document.operations()).extracting(OpenApiDocument.Operation::label)
                .allMatch(registered::contains, "is a registered route")
                .doesNotHaveDuplicates();
    }

    @Test
    void theDocument_keepsEveryHouseRule() {
        assertThat(OpenApiRules.violations(document, ROUTES)).isEmpty();
    }

    @Test
    void theDocument_namesTheServerThatServesIt() {
        assertThat(document.root().path("servers")).hasSize(1);
        assertThat(document.root().at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(document.root().at("/servers/0/description").asText()).isNotBlank();
    }

    @Test
    void theDocument_isValidOpenApi31() {
        assertThat(OpenApiValidator.messages(OpenApiFixtures.servedDocument())).isEmpty();
    }
}
