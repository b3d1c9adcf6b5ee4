package org.clientportal.adapters.http.audit;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.audit.AuditFeature;
import org.clientportal.application.shared.PageInput;

/** The audit trail, newest first unless sorted otherwise. */
public final class AuditRoutes implements FeatureRoutes {

    /** What GET /api/v1/audit-events takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("entityType", "entityId", "sort", "limit", "cursor");

    private final AuditFeature audit;

    public AuditRoutes(AuditFeature audit) {
        this.audit = audit;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/audit-events", (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(audit.listAuditEvents().execute(actor, query.one("entityType"),
                    query.one("entityId"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    AuditEventJson::of));
        });
    }
}
