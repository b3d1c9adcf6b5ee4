package org.clientportal.adapters.http.audit;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.audit.AuditFeature;
import org.clientportal.application.shared.PageInput;

/** The audit trail, newest first. */
public final class AuditRoutes implements FeatureRoutes {

    private final AuditFeature audit;

    public AuditRoutes(AuditFeature audit) {
        this.audit = audit;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/audit-events", (ctx, actor) ->
                Reply.ok(PageJson.of(audit.listAuditEvents().execute(actor, ctx.queryParam("entityType"),
                        ctx.queryParam("entityId"), new PageInput(ctx.queryParam("limit"), ctx.queryParam("cursor"))),
                        AuditEventJson::of)));
    }
}
