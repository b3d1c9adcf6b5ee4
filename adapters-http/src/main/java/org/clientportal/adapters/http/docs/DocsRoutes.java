package org.clientportal.adapters.http.docs;

import io.javalin.http.HandlerType;
import java.util.Arrays;
import org.clientportal.adapters.http.portal.PortalReadRoutes;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.docs.DocsFeature;
import org.clientportal.application.docs.DocsIntegrationCommand;
import org.clientportal.application.docs.DocsIntegrationView;
import org.clientportal.application.docs.ListDocs;
import org.clientportal.application.docs.ListSharedDocs;
import org.clientportal.application.docs.VerifiedWebhook;
import org.clientportal.application.docs.WebhookDelivery;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Klevar Docs: the agency's settings, the signed webhook Docs sends, the copy of documents and
 * invoices operators and the client's contacts read, and the pulls that reconcile it with Docs.
 */
public final class DocsRoutes implements FeatureRoutes {

    public static final String WEBHOOK_PREFIX = "/api/v1/webhooks/klevar-docs/";
    public static final String TIMESTAMP_HEADER = "X-Klevar-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Klevar-Signature";

    /** What the lists of documents and invoices take. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("clientId", "status", "sort", "limit",
            "cursor");
    /** What the portal's lists take. */
    public static final QueryParameters PORTAL_LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("Klevar Docs",
            "Documents and invoices of Klevar Docs: told by its signed webhooks, kept in the portal, pulled again on"
                    + " demand.");
    private static final Operation.Parameter CLIENT_ID = Operation.Parameter.path("id", "DocsClientId",
            "The client's id. An unknown id, or another agency's, is not found.");

    private final DocsFeature docs;

    public DocsRoutes(DocsFeature docs) {
        this.docs = docs;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        registerSettings(table, bodies);
        registerWebhook(table, bodies);
        for (DocsKind kind : DocsKind.values()) {
            registerCopy(table, kind);
        }
        table.authenticated(HandlerType.POST, "/api/v1/clients/{id}/documents/refresh", Operation.of(
                        "refreshClientDocs", TAG, "Pull a client's documents and invoices from Docs")
                .description("Reconciliation: asks Docs for every document and invoice of the client's reference"
                        + " (its task key prefix) with the agency's API key, and keeps what is new or newer. Docs is"
                        + " asked outside any transaction; while it is down or slow this answers 503 and the copy"
                        + " still serves. Audited as `document.synced` and `invoice.synced`.")
                .pathParameter(CLIENT_ID)
                .answers(200, "What the pull did.", PullSummaryJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.DOCS_NO_API_KEY, ProblemCodes.DEPENDENCY_UNAVAILABLE), (ctx, actor) ->
                Reply.ok(PullSummaryJson.of(docs.refreshClient().execute(actor, ctx.pathParam("id")))));
    }

    private void registerSettings(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.GET, "/api/v1/integrations/klevar-docs", Operation.of("getDocsIntegration",
                        TAG, "Read the agency's Klevar Docs settings")
                .description("Never a secret: only whether each is set, and where Docs is to send its webhooks.")
                .answers(200, "The settings; all off (version 0) before they are first set.",
                        DocsIntegrationJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) -> versioned(docs.getIntegration().execute(actor)));
        table.authenticated(HandlerType.PUT, "/api/v1/integrations/klevar-docs", Operation.of(
                        "configureDocsIntegration", TAG, "Connect the agency's Klevar Docs account")
                .description("Owners and admins. The webhook secret (required the first time) and the API key are"
                        + " never shown again; either left out keeps the one set before. `enabled: false` turns the"
                        + " webhook route off (404). Audited as `integration.klevar-docs-configured`, without the"
                        + " secrets.")
                .body(DocsIntegrationRequest.class)
                .answers(200, "The settings as they are now.", DocsIntegrationJson.class)
                .versioned()
                .ifMatch()
                .permission(Permission.MANAGE_SETTINGS), (ctx, actor) -> {
            DocsIntegrationRequest body = bodies.read(ctx, DocsIntegrationRequest.class);
            return versioned(docs.configureIntegration().execute(actor, new DocsIntegrationCommand(body.secret(),
                    body.enabled(), body.apiKey(), Versions.ifMatch(ctx))));
        });
    }

    private void registerWebhook(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, WEBHOOK_PREFIX + "{tenantSlug}", Operation.of("receiveDocsWebhook", TAG,
                        "Take an event from Klevar Docs")
                .description("Public, and signed: `" + TIMESTAMP_HEADER + "` is the signing time in seconds since the"
                        + " epoch, within 5 minutes of now; `" + SIGNATURE_HEADER + "` is `sha256=` and the lower-case"
                        + " hex HMAC-SHA256, keyed with the agency's webhook secret, of the timestamp, a dot and the"
                        + " raw body. The signature is checked before the body is read. Each event id is taken once:"
                        + " a replay answers 200 and changes nothing; an event older than what the portal holds"
                        + " changes nothing either. Unknown fields are ignored; an unknown type, or a wrong field,"
                        + " is refused whole. Audited as `document.synced` or `invoice.synced`, as"
                        + " `integration:klevar-docs`.")
                .pathParameter(Operation.Parameter.path("tenantSlug", "DocsTenantSlug", "The agency's slug. One"
                        + " that does not take webhooks (unknown, or with them off) is not found."))
                .body(DocsWebhookRequest.class)
                .answers(200, "The event is taken (or was before).", DocsReceiptJson.class)
                .problems(ProblemCodes.WEBHOOK_SIGNATURE_INVALID, ProblemCodes.WEBHOOK_TIMESTAMP_OUTSIDE_WINDOW,
                        ProblemCodes.RECORD_NOT_FOUND.meaning("no agency takes webhooks at this slug")), ctx -> {
            VerifiedWebhook verified = docs.verifyWebhook().execute(new WebhookDelivery(ctx.pathParam("tenantSlug"),
                    ctx.header(TIMESTAMP_HEADER), ctx.header(SIGNATURE_HEADER), ctx.bodyAsBytes()));
            DocsWebhookRequest event = bodies.read(ctx, DocsWebhookRequest.class);
            return Reply.ok(DocsReceiptJson.of(docs.receiveEvent().execute(verified, event.input(),
                    RequestIds.of(ctx))));
        });
    }

    private void registerCopy(RouteTable table, DocsKind kind) {
        String noun = Lifecycle.wireName(kind);
        String plural = noun + "s";
        String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        Operation.Parameter id = Operation.Parameter.path("id", title + "Id", "The portal's id of the " + noun
                + ". An unknown id, another agency's, or one of another kind is not found.");
        table.authenticated(HandlerType.GET, "/api/v1/" + plural, Operation.of("list" + title + "s", TAG,
                        "List the agency's " + plural)
                .query(LIST_PARAMETERS,
                        Operation.Parameter.query("clientId", title + "ClientFilter", "Only this client's.",
                                String.class),
                        Operation.Parameter.query("status", title + "StatusFilter", "Only those in this status: "
                                + statuses(kind) + ".", String.class),
                        PageJson.sort(title + "Sort", plural, ListDocs.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page, the most recently told of first; unmatched ones have no clientId.",
                        PageJson.class, DocsRecordJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(docs.listDocs().execute(actor, kind, query.one("clientId"),
                    query.one("status"), page(query)), DocsRecordJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/" + plural + "/{id}", Operation.of("get" + title, TAG,
                        "Read one " + noun)
                .pathParameter(id)
                .answers(200, "The " + noun + ".", DocsRecordJson.class)
                .permission(Permission.READ), (ctx, actor) ->
                Reply.ok(DocsRecordJson.of(docs.getRecord().execute(actor, kind, ctx.pathParam("id")))));
        table.authenticated(HandlerType.POST, "/api/v1/" + plural + "/{id}/refresh", Operation.of("refresh" + title,
                        TAG, "Pull one " + noun + " from Docs")
                .description("Reconciliation of one record with the agency's API key; 503 while Docs is down or slow,"
                        + " and the copy still serves. Audited as `" + noun + ".synced` when it changed.")
                .pathParameter(id)
                .answers(200, "The " + noun + " as the portal holds it now.", DocsRecordJson.class)
                .permission(Permission.WRITE)
                .problems(ProblemCodes.DOCS_NO_API_KEY, ProblemCodes.DOCS_RECORD_GONE,
                        ProblemCodes.DEPENDENCY_UNAVAILABLE), (ctx, actor) ->
                Reply.ok(DocsRecordJson.of(docs.refreshRecord().execute(actor, kind, ctx.pathParam("id")))));
        table.portalRead("/portal/api/v1/" + plural, Operation.of("listShared" + title + "s", PortalReadRoutes.TAG,
                        "List the " + plural + " the agency shares")
                .query(PORTAL_LIST_PARAMETERS, PageJson.sort("Shared" + title + "Sort", plural,
                        ListSharedDocs.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of the client's client-visible " + plural + ", the latest first.",
                        PageJson.class, SharedDocsRecordJson.class), (ctx, actor) -> {
            QueryParameters.Values query = PORTAL_LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(docs.listSharedDocs().execute(actor, kind, page(query)),
                    SharedDocsRecordJson::of));
        });
    }

    private static Reply versioned(DocsIntegrationView view) {
        return Reply.ok(DocsIntegrationJson.of(view)).withVersion(view.version());
    }

    private static PageInput page(QueryParameters.Values query) {
        return new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"));
    }

    private static String statuses(DocsKind kind) {
        return String.join(", ", Arrays.stream(DocsStatus.values()).filter(s -> s.appliesTo(kind))
                .map(Lifecycle::wireName).toList());
    }
}
