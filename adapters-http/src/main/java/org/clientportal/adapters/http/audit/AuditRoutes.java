package org.clientportal.adapters.http.audit;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.UseCases;
import org.clientportal.application.shared.PageInput;

/** The audit trail, newest first. */
public final class AuditRoutes {

    /** What GET /api/v1/audit-events takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("entityType", "entityId", "limit", "cursor");

    private AuditRoutes() {
    }

    public static void register(RouteTable table, UseCases useCases) {
        table.authenticated(HandlerType.GET, "/api/v1/audit-events", (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(useCases.listAuditEvents().execute(actor, query.one("entityType"),
                    query.one("entityId"), new PageInput(query.one("limit"), query.one("cursor"))),
                    AuditEventJson::of));
        });
    }
}
