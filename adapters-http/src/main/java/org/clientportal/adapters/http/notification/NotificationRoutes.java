package org.clientportal.adapters.http.notification;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.notification.ListNotifications;
import org.clientportal.application.notification.NotificationFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.operator.Permission;

/** The agency's events for the Notification Hub, with their delivery. */
public final class NotificationRoutes implements FeatureRoutes {

    /** What GET /api/v1/notifications takes. */
    public static final QueryParameters PARAMETERS = QueryParameters.of("state", "type", "sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Notifications",
            "Events for the Notification Hub, written with the changes they tell of and delivered by the relay.");

    private final NotificationFeature notifications;

    public NotificationRoutes(NotificationFeature notifications) {
        this.notifications = notifications;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/notifications", Operation.of("listNotifications", TAG,
                        "List events for the hub, with their delivery")
                .query(PARAMETERS,
                        Operation.Parameter.query("state", "NotificationStateFilter", "Only events in this state.",
                                NotificationState.class),
                        Operation.Parameter.query("type", "NotificationTypeFilter", "Only events of this type, such"
                                + " as `update.posted`.", String.class),
                        PageJson.sort("NotificationSort", "notifications", ListNotifications.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of events, newest first.", PageJson.class, NotificationJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(notifications.listNotifications().execute(actor, query.one("state"),
                    query.one("type"), new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))),
                    NotificationJson::of));
        });
    }
}
