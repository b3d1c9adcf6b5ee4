package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientStatus;
import org.junit.jupiter.api.Test;

/** A route cannot be declared with parameters it does not have, nor leave out ones it takes. */
class OperationDeclarationTest {

    private static final Operation.Tag TAG = new Operation.Tag("Things", "Things.");

    @Test
    void queryParametersTheRouteTakes_mustEachBeDocumented_andNoOthers() {
        QueryParameters taken = QueryParameters.of("q", "limit");

        assertThatThrownBy(() -> Operation.of("listThings", TAG, "List things").query(taken, PageJson.LIMIT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("listThings takes the query parameters [limit, q] but documents [limit]");
        assertThatThrownBy(() -> Operation.of("listThings", TAG, "List things")
                .query(QueryParameters.of(), PageJson.CURSOR))
                .hasMessage("listThings takes the query parameters [] but documents [cursor]");
    }

    @Test
    void aPathParameterOfTheTemplate_mustBeDeclared_andOnlyThose() {
        Operation undeclared = Operation.of("getThing", TAG, "Read a thing").answers(200, "The thing.", Object.class);
        Operation misnamed = Operation.of("getThing", TAG, "Read a thing")
                .pathParameter(Operation.Parameter.path("thingId", "ThingId", "The thing's id."));

        Javalin.create(config -> {
            RouteTable table = new RouteTable(config.routes, null, null, null, JsonMapping.create(), new UploadPaths(4));
            assertThatThrownBy(() -> table.open(HandlerType.GET, "/things/{id}", undeclared, ctx -> Reply.noContent()))
                    .hasMessage("GET /things/{id} has the path parameters [id] but its operation declares []");
            assertThatThrownBy(() -> table.open(HandlerType.GET, "/things/{id}", misnamed, ctx -> Reply.noContent()))
                    .hasMessage("GET /things/{id} has the path parameters [id] but its operation declares [thingId]");
            assertThat(table.declared()).isEmpty();
        });
    }

    @Test
    void theMovesOfALifecycle_areListedFromItsTable() {
        assertThat(Operation.allowedMoves(ClientLifecycle.MOVES, ClientStatus.class)).startsWith(
                "- `lead` → `onboarding`, `offboarded`\n- `onboarding` → `active`, `offboarded`\n");
    }

    @Test
    void aSuccessIsA2xx_andAProblemA4xxOr5xx() {
        assertThatThrownBy(() -> Operation.of("x", TAG, "X").answers(404, "Not there.", Object.class))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProblemCode.refusal(302, "moved", "elsewhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
