package org.clientportal.adapters.http.audit;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.UseCases;
import org.clientportal.application.shared.PageInput;

/** The audit trail, newest first. */
public final class AuditRoutes {

    private AuditRoutes() {
    }

    public static void register(RouteTable table, UseCases useCases) {
        table.authenticated(HandlerType.GET, "/api/v1/audit-events", (ctx, actor) ->
                Reply.ok(PageJson.of(useCases.listAuditEvents().execute(actor, ctx.queryParam("entityType"),
                        ctx.queryParam("entityId"), new PageInput(ctx.queryParam("limit"), ctx.queryParam("cursor"))),
                        AuditEventJson::of)));
    }
}
