package org.clientportal.adapters.http.queue;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.queue.GetQueue;
import org.clientportal.application.queue.QueueFeature;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** The operator's queue (what needs someone now, most urgent first, and marking items), and each one's digest. */
public final class QueueRoutes implements FeatureRoutes {

    /** What GET /api/v1/digest takes. */
    public static final QueryParameters DIGEST_PARAMETERS = QueryParameters.of("operatorId");

    public static final QueryParameters PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Queue", "What needs an operator now, most urgent"
            + " first, each item with why.");
    private static final Operation.Parameter ITEM_ID = Operation.Parameter.path("itemId", "QueueItemId",
            "The item's id as the queue lists it. An item that is not in the queue now (resolved, or never there) is"
                    + " not found.");

    private final QueueFeature queue;

    public QueueRoutes(QueueFeature queue) {
        this.queue = queue;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/queue", Operation.of("getQueue", TAG, "Read the queue")
                .description("Every kind in this order, and within a kind the oldest first: requests whose SLA"
                        + " target was missed (`sla_breached`) or is 75 % used (`sla_at_risk`), overdue tasks,"
                        + " task requests awaiting acceptance, unclassified asks, capacity budgets past 100 % and"
                        + " 80 %. Acknowledged items are left out for good, snoozed ones until they wake.")
                .query(PARAMETERS, PageJson.sort("QueueSort", "queue items", GetQueue.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of the queue.", PageJson.class, QueueItemJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(queue.getQueue().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), QueueItemJson::of));
        });
        table.authenticated(HandlerType.POST, "/api/v1/queue/{itemId}/acknowledgement", Operation.of(
                        "acknowledgeQueueItem", TAG, "Acknowledge a queue item")
                .description("It leaves the queue for good; acknowledging it again changes nothing. A new due date,"
                        + " a new period or a worse SLA state is a new item. Audited as `queue-item.acknowledged`.")
                .pathParameter(ITEM_ID)
                .answers(200, "The item's mark.", QueueMarkJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no such item in the queue now")), (ctx, actor) ->
                Reply.ok(QueueMarkJson.of(queue.acknowledge().execute(actor, ctx.pathParam("itemId")))));
        table.authenticated(HandlerType.POST, "/api/v1/queue/{itemId}/snooze", Operation.of("snoozeQueueItem", TAG,
                        "Snooze a queue item")
                .description("It leaves the queue until `until`; a new snooze replaces the old one. Audited as"
                        + " `queue-item.snoozed`.")
                .pathParameter(ITEM_ID)
                .body(SnoozeRequest.class)
                .answers(200, "The item's mark.", QueueMarkJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no such item in the queue now")), (ctx, actor) ->
                Reply.ok(QueueMarkJson.of(queue.snooze().execute(actor, ctx.pathParam("itemId"),
                        bodies.read(ctx, SnoozeRequest.class).until()))));
        table.authenticated(HandlerType.GET, "/api/v1/digest", Operation.of("getDigest", TAG,
                        "Read an operator's daily digest")
                .description("The caller's own (an API key's is its issuer's), or another operator's with"
                        + " `operatorId`: their open tasks due by tomorrow (overdue first), the agency's requests at"
                        + " risk of or past their SLA targets, and the requests, asks and reports in review that came"
                        + " in since the start of yesterday in the agency's time zone. At most 50 of each.")
                .query(DIGEST_PARAMETERS, Operation.Parameter.query("operatorId", "DigestOperatorId",
                        "Whose digest; the caller's own when left out.", String.class))
                .answers(200, "The digest.", DigestJson.class)
                .permission(Permission.READ)
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no such operator in the agency")), (ctx, actor) ->
                Reply.ok(DigestJson.of(queue.getDigest().execute(actor, DIGEST_PARAMETERS.read(ctx)
                        .one("operatorId")))));
    }
}
