package org.clientportal.adapters.http.operator;

import io.javalin.http.HandlerType;
import java.util.Set;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.operator.ListOperators;
import org.clientportal.application.operator.OperatorChanges;
import org.clientportal.application.operator.OperatorFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Permission;

/** The agency's team: list, add, change role or name, remove. */
public final class OperatorRoutes implements FeatureRoutes {

    /** What GET /api/v1/operators takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Operators", "The agency's team and their roles.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "OperatorId", "The operator's id.");

    private final OperatorFeature operators;

    public OperatorRoutes(OperatorFeature operators) {
        this.operators = operators;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/operators", Operation.of("listOperators", TAG,
                        "List the agency's operators")
                .query(LIST_PARAMETERS, PageJson.sort("OperatorSort", "operators", ListOperators.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the agency's operators.", PageJson.class, OperatorJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(operators.listOperators().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), OperatorJson::of));
        });
        table.authenticated(HandlerType.POST, "/api/v1/operators", Operation.of("addOperator", TAG, "Add an operator")
                .description("Owners and admins, signed in, add colleagues with an initial password; an API key cannot."
                        + " Only an owner may add another owner.")
                .body(AddOperatorRequest.class)
                .answers(201, "The operator was added. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        OperatorJson.class)
                .versioned()
                .signedInOperatorOnly(Permission.MANAGE_OPERATORS)
                .problems(ProblemCodes.OPERATOR_OWNER_ONLY, ProblemCodes.OPERATOR_EMAIL_TAKEN), (ctx, actor) -> {
            AddOperatorRequest body = bodies.read(ctx, AddOperatorRequest.class);
            Operator added = operators.addOperator().execute(actor,
                    new AddOperatorCommand(body.email(), body.name(), body.role(), body.password()));
            return Reply.created(OperatorJson.of(added)).withVersion(added.version());
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/operators/{id}", Operation.of("changeOperator", TAG,
                        "Change an operator's role or name")
                .description("Owners and admins, signed in; an API key cannot. A new role takes effect on the"
                        + " operator's next request.")
                .pathParameter(ID)
                .body(ChangeOperatorRequest.class)
                .answers(200, "The operator as it is now.", OperatorJson.class)
                .ifMatch()
                .signedInOperatorOnly(Permission.MANAGE_OPERATORS)
                .problems(ProblemCodes.OPERATOR_OWNER_ONLY, ProblemCodes.OPERATOR_LAST_OWNER), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeOperatorRequest.FIELDS);
            Operator changed = operators.changeOperator().execute(actor, ctx.pathParam("id"),
                    new OperatorChanges(patch.text("role"), patch.text("name"), Versions.ifMatch(ctx)));
            return Reply.ok(OperatorJson.of(changed)).withVersion(changed.version());
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/operators/{id}", Operation.of("removeOperator", TAG,
                        "Remove an operator")
                .description("Owners and admins, signed in; an API key cannot. The agency always keeps at least one"
                        + " owner.")
                .pathParameter(ID)
                .answersNothing(204, "The operator is removed and their sessions have ended.")
                .signedInOperatorOnly(Permission.MANAGE_OPERATORS)
                .problems(ProblemCodes.OPERATOR_OWNER_ONLY, ProblemCodes.OPERATOR_LAST_OWNER), (ctx, actor) -> {
            operators.removeOperator().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
