package org.clientportal.adapters.http.agenda;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.agenda.AgendaFeature;
import org.clientportal.application.agenda.ListDue;
import org.clientportal.application.agenda.ListStale;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** What is coming due and what has gone stale, across the agency's clients, projects and tasks. */
public final class AgendaRoutes implements FeatureRoutes {

    public static final QueryParameters DUE_PARAMETERS = QueryParameters.of("within", "sort", "limit", "cursor");
    public static final QueryParameters STALE_PARAMETERS = QueryParameters.of("days", "sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Due and stale", "Work coming due, and work nobody"
            + " has touched for a while.");

    private final AgendaFeature agenda;

    public AgendaRoutes(AgendaFeature agenda) {
        this.agenda = agenda;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/due", Operation.of("listDue", TAG, "List work coming due")
                .description("Open tasks (not done or cancelled) and milestones not completed of projects under way,"
                        + " due from today (in the agency's time zone) to `within` days later, soonest first."
                        + " Overdue work is in the queue.")
                .query(DUE_PARAMETERS,
                        Operation.Parameter.query("within", "DueWithin", "How far ahead: days followed by `d`, from"
                                + " `0d` (today only) to `" + ListDue.MAX_DAYS + "d`; `" + ListDue.DEFAULT_DAYS
                                + "d` when left out.", Operation.schema("type", "string", "pattern", "^[0-9]{1,3}d$")),
                        PageJson.sort("DueSort", "due work", ListDue.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of work coming due.", PageJson.class, DueItemJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = DUE_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(agenda.listDue().execute(actor, query.one("within"), page(query)),
                    DueItemJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/stale", Operation.of("listStale", TAG, "List stale work")
                .description("Leads, projects under way and open tasks that nobody changed for `days` days, the"
                        + " longest untouched first.")
                .query(STALE_PARAMETERS,
                        Operation.Parameter.query("days", "StaleDays", "Untouched for at least this many days, from 1"
                                + " to " + ListStale.MAX_DAYS + "; " + ListStale.DEFAULT_DAYS + " when left out.",
                                Operation.schema("type", "integer", "minimum", 1, "maximum", ListStale.MAX_DAYS)),
                        PageJson.sort("StaleSort", "stale work", ListStale.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of stale work.", PageJson.class, StaleItemJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = STALE_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(agenda.listStale().execute(actor, query.one("days"), page(query)),
                    StaleItemJson::of));
        });
    }

    private static PageInput page(QueryParameters.Values query) {
        return new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"));
    }
}
