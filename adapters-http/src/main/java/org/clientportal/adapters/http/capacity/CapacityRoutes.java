package org.clientportal.adapters.http.capacity;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.capacity.BudgetChanges;
import org.clientportal.application.capacity.BudgetCommand;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.operator.Permission;

/**
 * Clients' capacity budgets: owners and admins set them; the agency reads each period's hours used
 * and left; a client's contacts read the budgets made visible to them.
 */
public final class CapacityRoutes implements FeatureRoutes {

    /** What the capacity views take. */
    public static final QueryParameters RANGE = QueryParameters.of("from", "to");

    private static final Operation.Parameter CLIENT_ID = Operation.Parameter.path("id", "ClientId",
            "The client's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter BUDGET_ID = Operation.Parameter.path("id", "CapacityBudgetId",
            "The budget's id. An unknown id, or another agency's, is not found.");
    private static final Operation.Parameter FROM = Operation.Parameter.query("from", "CapacityFrom", "The range's"
            + " first day; left out, today (UTC), or `to` when that is earlier.",
            Operation.schema("type", "string", "format", "date"));
    private static final Operation.Parameter TO = Operation.Parameter.query("to", "CapacityTo", "The range's last"
            + " day, at most 366 days after `from`; left out, today (UTC), or `from` when that is later.",
            Operation.schema("type", "string", "format", "date"));

    private final CapacityFeature capacity;

    public CapacityRoutes(CapacityFeature capacity) {
        this.capacity = capacity;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/clients/{id}/capacity-budgets", Operation.of("setBudget",
                        TimeEntryRoutes.TAG, "Give a client a capacity budget")
                .description("Owners and admins. Time already logged in the current period counts at once: a budget"
                        + " set below it raises its crossings now.")
                .pathParameter(CLIENT_ID)
                .body(SetBudgetRequest.class)
                .answers(201, "The budget. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        BudgetJson.class)
                .versioned()
                .permission(Permission.MANAGE_CAPACITY)
                .problems(ProblemCodes.CAPACITY_BUDGET_TOO_MANY), (ctx, actor) -> {
            SetBudgetRequest body = bodies.read(ctx, SetBudgetRequest.class);
            return versioned(201, capacity.setBudget().execute(actor, ctx.pathParam("id"), new BudgetCommand(
                    body.hours(), body.period(), body.startsOn(), body.endsOn(), body.clientVisible())));
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}/capacity-budgets", Operation.of("listBudgets",
                        TimeEntryRoutes.TAG, "List a client's capacity budgets")
                .pathParameter(CLIENT_ID)
                .answers(200, "Every budget of the client, oldest first.", BudgetListJson.class)
                .permission(Permission.READ), (ctx, actor) ->
                Reply.ok(BudgetListJson.of(capacity.listBudgets().execute(actor, ctx.pathParam("id")))));
        table.authenticated(HandlerType.PATCH, "/api/v1/capacity-budgets/{id}", Operation.of("changeBudget",
                        TimeEntryRoutes.TAG, "Change a capacity budget")
                .description("Owners and admins. A budget lowered below what its current period holds raises that"
                        + " period's crossings now.")
                .pathParameter(BUDGET_ID)
                .body(ChangeBudgetRequest.class)
                .answers(200, "The budget as it is now.", BudgetJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.MANAGE_CAPACITY), (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), ChangeBudgetRequest.FIELDS);
            return versioned(200, capacity.changeBudget().execute(actor, ctx.pathParam("id"), new BudgetChanges(
                    patch.decimal("hours"), patch.text("endsOn"), patch.flag("clientVisible"), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/capacity-budgets/{id}", Operation.of("deleteBudget",
                        TimeEntryRoutes.TAG, "Delete a capacity budget")
                .description("Owners and admins. The client's time entries stay; the audit trail keeps the budget.")
                .pathParameter(BUDGET_ID)
                .answersNothing(204, "The budget and its crossings are gone.")
                .ifMatch()
                .permission(Permission.MANAGE_CAPACITY), (ctx, actor) -> {
            capacity.deleteBudget().execute(actor, ctx.pathParam("id"), Versions.ifMatch(ctx));
            return Reply.noContent();
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}/capacity", Operation.of("getCapacity",
                        TimeEntryRoutes.TAG, "See a client's capacity, per period")
                .description("Each budget with every period that shares a day with the range (by default, the"
                        + " period holding today): its hours, the hours used (every time entry of the client on the"
                        + " period's days) and left, the share used, and when it crossed 80 % and 100 %.")
                .pathParameter(CLIENT_ID)
                .query(RANGE, FROM, TO)
                .answers(200, "The client's capacity over the range.", CapacityJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = RANGE.read(ctx);
            return Reply.ok(CapacityJson.of(capacity.getCapacity().execute(actor, ctx.pathParam("id"),
                    query.one("from"), query.one("to"))));
        });
        table.portalRead("/portal/api/v1/capacity", Operation.of("getSharedCapacity", PortalReadRoutes.TAG,
                        "See the capacity the agency shares")
                .description("The budgets the agency made client-visible, each with its periods in the range (by"
                        + " default, the one holding today): hours, used and left. No time entry is shown.")
                .query(RANGE, FROM, TO)
                .answers(200, "The shared budgets over the range.", SharedCapacityJson.class), (ctx, actor) -> {
            QueryParameters.Values query = RANGE.read(ctx);
            return Reply.ok(SharedCapacityJson.of(capacity.getSharedCapacity().execute(actor, query.one("from"),
                    query.one("to"))));
        });
    }

    private static Reply versioned(int status, CapacityBudget budget) {
        return new Reply(status, BudgetJson.of(budget), Map.of()).withVersion(budget.version());
    }
}
