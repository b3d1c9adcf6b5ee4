package org.clientportal.adapters.http.operator;

import io.javalin.http.HandlerType;
import java.util.Set;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.operator.OperatorFeature;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.operator.OperatorChanges;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Operator;

/** The agency's team: list, add, change role or name, remove. */
public final class OperatorRoutes implements FeatureRoutes {

    /** What GET /api/v1/operators takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private final OperatorFeature operators;

    public OperatorRoutes(OperatorFeature operators) {
        this.operators = operators;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/operators", (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(operators.listOperators().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), OperatorJson::of));
        });
        table.authenticated(HandlerType.POST, "/api/v1/operators", (ctx, actor) -> {
            AddOperatorRequest body = bodies.read(ctx, AddOperatorRequest.class);
            Operator added = operators.addOperator().execute(actor,
                    new AddOperatorCommand(body.email(), body.name(), body.role(), body.password()));
            return Reply.created(OperatorJson.of(added)).withVersion(added.version());
        });
        table.authenticated(HandlerType.PATCH, "/api/v1/operators/{id}", (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), Set.of("role", "name"));
            Operator changed = operators.changeOperator().execute(actor, ctx.pathParam("id"),
                    new OperatorChanges(patch.text("role"), patch.text("name"), Versions.ifMatch(ctx)));
            return Reply.ok(OperatorJson.of(changed)).withVersion(changed.version());
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/operators/{id}", (ctx, actor) -> {
            operators.removeOperator().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
