package org.clientportal.adapters.http.ask;

import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.ask.AskView;
import org.clientportal.application.ask.ClassifyCommand;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.ask.ListAsks;
import org.clientportal.application.ask.ListSharedRequests;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.ask.AskClassifications;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.operator.Permission;

/**
 * What clients file from the portal and the agency's side of it: contacts file and follow task
 * requests and asks; operators list and classify asks, draft replies and publish them. Accepting or
 * declining a task request is a task transition ({@code POST /api/v1/tasks/{key}/transitions}).
 */
public final class AskRoutes implements FeatureRoutes {

    /** What GET /api/v1/asks takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("classified", "clientId", "sort", "limit",
            "cursor");
    /** What GET /portal/api/v1/requests takes. */
    public static final QueryParameters REQUEST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Asks",
            "Clients' bug reports and questions: classified by the agency, answered with replies.");
    public static final Operation.Parameter KEY = Operation.Parameter.path("key", "AskKey",
            "The ask's key, such as `ACME-43`. A task's key, an unknown key, or another agency's, is not found.");
    public static final Operation.Parameter REQUEST_KEY = Operation.Parameter.path("key", "SharedRequestKey",
            "The request's key, such as `ACME-43`. Another client's, an internal record's, or one the client did not"
                    + " file, is not found, like one that does not exist.");

    private final AskFeature asks;

    public AskRoutes(AskFeature asks) {
        this.asks = asks;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        registerAgencysSide(table, bodies);
        registerPortalSide(table, bodies);
    }

    private void registerAgencysSide(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/asks", Operation.of("listAsks", TAG, "List the clients' asks")
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("classified", "AskClassifiedFilter", "`false`: only asks not yet"
                                + " classified (the inbox); `true`: only classified ones. Left out, both.",
                                Operation.schema("type", "string", "enum", List.of("true", "false"))),
                        Operation.Parameter.query("clientId", "AskClientFilter", "Only asks of this client.",
                                Operation.schema("type", "string", "format", "uuid")),
                        PageJson.sort("AskSort", "asks", ListAsks.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of asks, newest first unless sorted otherwise.", PageJson.class, AskJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(asks.listAsks().execute(actor, query.one("classified"), query.one("clientId"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), AskJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/asks/{key}", Operation.of("getAsk", TAG, "Read an ask")
                .pathParameter(KEY)
                .answers(200, "The ask with its replies, its linked task's key and status, and the classifications it"
                        + " allows now.", AskJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(200, asks.getAsk().execute(actor, ctx.pathParam("key"))));
        table.authenticated(HandlerType.POST, "/api/v1/asks/{key}/classification", Operation.of("classifyAsk", TAG,
                        "Classify an ask")
                .description("Allowed classifications:\n\n" + Operation.allowedMoves(AskClassifications.MOVES,
                        AskClassification.class) + "\n\nAs `task` or `bug` the ask gets a linked task: open,"
                        + " client-visible, source `ask`, keyed from the client's counter, on the ask's project or the"
                        + " `projectId` given (one of the ask's client's). Classifying again as the table allows is"
                        + " audited like the first time; a `task` or `bug` is final (409).")
                .pathParameter(KEY)
                .body(ClassifyRequest.class)
                .answers(200, "The ask as classified, with its linked task. With an `Idempotency-Key`, a repeat gets"
                        + " the recorded answer.", AskJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.ASK_CLASSIFICATION_NOT_ALLOWED, ProblemCodes.TASK_PROJECT_CLOSED,
                        ProblemCodes.TASK_CLIENT_OFFBOARDED), (ctx, actor) -> {
            ClassifyRequest body = bodies.read(ctx, ClassifyRequest.class);
            return versioned(200, asks.classifyAsk().execute(actor, ctx.pathParam("key"),
                    new ClassifyCommand(body.as(), body.projectId(), Versions.ifMatch(ctx))));
        });
        table.authenticated(HandlerType.POST, "/api/v1/asks/{key}/reply-drafts", Operation.of("draftReply", TAG,
                        "Draft a reply to an ask")
                .description("A draft written from a template with what the ask's client may see — the ask, its"
                        + " project when shared, its linked task when the client sees it, the project's latest"
                        + " client-visible updates — read as the client's contact would read them, so it never"
                        + " quotes an internal record. Edit it, then publish it with POST /api/v1/asks/{key}/replies."
                        + " The draft is not stored.")
                .pathParameter(KEY)
                .answers(201, "The draft.", ReplyDraftJson.class)
                .changesNothing("a draft is computed, not stored")
                .permission(Permission.WRITE), (ctx, actor) ->
                Reply.created(ReplyDraftJson.of(asks.draftReply().execute(actor, ctx.pathParam("key")))));
        table.authenticated(HandlerType.POST, "/api/v1/asks/{key}/replies", Operation.of("publishReply", TAG,
                        "Publish a reply to an ask")
                .description("Client-visible at once: the client's contacts see it with the ask.")
                .pathParameter(KEY)
                .body(PublishReplyRequest.class)
                .answers(201, "The reply. With an `Idempotency-Key`, a repeat gets the recorded answer.",
                        AskReplyJson.class)
                .permission(Permission.WRITE), (ctx, actor) -> {
            PublishReplyRequest body = bodies.read(ctx, PublishReplyRequest.class);
            return Reply.created(AskReplyJson.of(asks.publishReply().execute(actor, ctx.pathParam("key"), body.body())));
        });
    }

    private void registerPortalSide(RouteTable table, JsonBodies bodies) {
        table.portal(HandlerType.POST, "/portal/api/v1/requests", Operation.of("fileRequest", PortalReadRoutes.TAG,
                        "File a task request, a bug report or a question")
                .description("Needs the `request` right. A task request becomes a task in status `requested` on a"
                        + " project shared with the client, which the agency accepts or declines (with a reason"
                        + " shown here); a bug report or a question is an ask, on such a project or on none, which"
                        + " the agency classifies. Either is keyed from the client's counter, like tasks.")
                .body(FileRequestRequest.class)
                .answers(201, "The request, with its key. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", SharedRequestJson.class)
                .problems(ProblemCodes.PORTAL_RIGHT_MISSING,
                        ProblemCodes.RECORD_NOT_FOUND.meaning("the project is not one shared with the client"),
                        ProblemCodes.TASK_PROJECT_CLOSED), (ctx, actor) -> {
            FileRequestRequest body = bodies.read(ctx, FileRequestRequest.class);
            return Reply.created(SharedRequestJson.of(asks.fileRequest().execute(actor, new FileRequestCommand(
                    body.projectId(), body.kind(), body.title(), body.description()))));
        });
        table.portalRead("/portal/api/v1/requests", Operation.of("listSharedRequests", PortalReadRoutes.TAG,
                        "List what the client filed")
                .description("Task requests with their task's status and why one was declined; asks with their"
                        + " classification, their task's status and the agency's replies. Any contact may read them.")
                .query(REQUEST_PARAMETERS, PageJson.sort("SharedRequestSort", "requests", ListSharedRequests.LISTING),
                        PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client's requests, newest first.", PageJson.class,
                        SharedRequestJson.class), (ctx, actor) -> {
            QueryParameters.Values query = REQUEST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(asks.listSharedRequests().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), SharedRequestJson::of));
        });
        table.portalRead("/portal/api/v1/requests/{key}", Operation.of("getSharedRequest", PortalReadRoutes.TAG,
                        "Read one of the client's requests")
                .pathParameter(REQUEST_KEY)
                .answers(200, "The request and where it stands.", SharedRequestJson.class), (ctx, actor) ->
                Reply.ok(SharedRequestJson.of(asks.getSharedRequest().execute(actor, ctx.pathParam("key")))));
    }

    private static Reply versioned(int status, AskView view) {
        return new Reply(status, AskJson.of(view), Map.of()).withVersion(view.ask().version());
    }
}
