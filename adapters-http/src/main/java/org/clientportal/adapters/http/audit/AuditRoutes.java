package org.clientportal.adapters.http.audit;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.audit.AuditFeature;
import org.clientportal.application.audit.EntityTypes;
import org.clientportal.application.audit.ListAuditEvents;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** The audit trail, newest first unless sorted otherwise. */
public final class AuditRoutes implements FeatureRoutes {

    /** What GET /api/v1/audit-events takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("entityType", "entityId", "sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Audit", "The append-only record of every change.");

    private final AuditFeature audit;

    public AuditRoutes(AuditFeature audit) {
        this.audit = audit;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/audit-events", Operation.of("listAuditEvents", TAG,
                        "Read the audit trail")
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("entityType", "EntityTypeFilter", "Only events about this kind of"
                                + " record. Any other value is a 400 naming these.",
                                Operation.schema("type", "string", "enum", EntityTypes.KNOWN)),
                        Operation.Parameter.query("entityId", "EntityIdFilter", "Only events about this record, by its"
                                + " id. A value that is not an id is a 400.",
                                Operation.schema("type", "string", "format", "uuid")),
                        PageJson.sort("AuditSort", "events", ListAuditEvents.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of events, in the order asked for (newest first by default).", PageJson.class, AuditEventJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(audit.listAuditEvents().execute(actor, query.one("entityType"),
                    query.one("entityId"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    AuditEventJson::of));
        });
    }
}
