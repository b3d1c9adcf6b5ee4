package org.clientportal.adapters.http.search;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.search.SearchFeature;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** Full-text search: the agency's over all its records, and the portal's over what the client may see. */
public final class SearchRoutes implements FeatureRoutes {

    public static final QueryParameters PARAMETERS = QueryParameters.of("q", "types", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Search",
            "Full-text search over clients, projects, tasks and updates.");
    private static final String SYNTAX = "Words as in a web search: every word must match (`brand launch`),"
            + " `\"a phrase\"` in that order, `or` between alternatives, `-word` excludes. Each word also matches"
            + " the start of a longer one (`desig` finds design); accents and case are ignored (`muller` finds"
            + " Müller). A text with no word in it (only punctuation) finds nothing.";

    private final SearchFeature search;

    public SearchRoutes(SearchFeature search) {
        this.search = search;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/search", Operation.of("search", TAG, "Search the agency's records")
                .description(SYNTAX + " Internal and client-visible records alike.")
                .query(PARAMETERS, text(), types("SearchTypes", "Any of `client`, `project`, `task`, `update`."), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of hits, best match first.", PageJson.class, SearchHitJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(search.searchRecords().execute(actor, query.one("q"), query.one("types"),
                    new PageInput(query.one("limit"), query.one("cursor"))), SearchHitJson::of));
        });
        table.portalRead("/portal/api/v1/search", Operation.of("searchShared", TAG,
                        "Search what the agency shares with the client")
                .description(SYNTAX + " Only the client's shared projects and the client-visible tasks and updates"
                        + " of those projects.")
                .query(PARAMETERS, text(), types("SharedSearchTypes", "Any of `project`, `task`, `update`."), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of hits, best match first.", PageJson.class, SearchHitJson.class), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(search.searchSharedRecords().execute(actor, query.one("q"), query.one("types"),
                    new PageInput(query.one("limit"), query.one("cursor"))), SearchHitJson::of));
        });
    }

    private static Operation.Parameter text() {
        return Operation.Parameter.query("q", "SearchText", "What to search for (required), one line.",
                Operation.schema("type", "string", "minLength", 1, "maxLength", SearchQuery.TEXT_MAX));
    }

    private static Operation.Parameter types(String component, String which) {
        return Operation.Parameter.query("types", component, "Only records of these types, comma-separated"
                + " (`task,update`). " + which + " Left out, every type.", Operation.schema("type", "string"));
    }
}
