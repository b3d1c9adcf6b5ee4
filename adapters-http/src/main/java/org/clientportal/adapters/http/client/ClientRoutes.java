package org.clientportal.adapters.http.client;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Set;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.client.ClientChanges;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.client.IntakeSubmission;
import org.clientportal.application.client.SearchClients;
import org.clientportal.application.client.SubmitIntake;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.Permission;

/** Clients: public intake, create, list and search, read, edit, move through the lifecycle. */
public final class ClientRoutes implements FeatureRoutes {

    /** What GET /api/v1/clients takes; {@code status} any number of times (any of them matches). */
    public static final QueryParameters SEARCH_PARAMETERS =
            QueryParameters.of("q", "sort", "limit", "cursor").andRepeatable("status");

    /** A task key prefix as a caller may send it: any case, kept in upper case. */
    static final String PREFIX_PATTERN = "^[A-Za-z][A-Za-z0-9]{1,9}$";

    private static final Operation.Tag INTAKE = new Operation.Tag("Intake", "The agency's public intake form.");
    public static final Operation.Tag TAG = new Operation.Tag("Clients", "Clients and their lifecycle.");
    private static final Operation.Parameter ID = Operation.Parameter.path("id", "ClientId",
            "The client's id. An unknown id, or another agency's, is not found.");

    private final ClientFeature clients;

    public ClientRoutes(ClientFeature clients) {
        this.clients = clients;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/public/{tenantSlug}/intake", Operation.of("submitIntake", INTAKE,
                        "Submit the agency's public intake form")
                .description("Public: a prospect's message becomes a new client in status `lead` with source `intake`."
                        + " An unknown slug is 404.")
                .pathParameter(Operation.Parameter.path("tenantSlug", "TenantSlug", "The agency's slug."))
                .body(IntakeRequest.class)
                .answers(202, "The submission was taken; the agency has a new lead.", IntakeReceiptJson.class)
                .rateLimited(Operation.limit(SubmitIntake.PER_ADDRESS, "address") + ", "
                        + Operation.limit(SubmitIntake.PER_AGENCY, "agency"))
                .problems(ProblemCodes.RECORD_NOT_FOUND.meaning("no agency has this slug")), ctx -> {
            IntakeRequest body = bodies.read(ctx, IntakeRequest.class);
            clients.submitIntake().execute(new IntakeSubmission(ctx.pathParam("tenantSlug"), body.name(),
                    body.email(), body.company(), body.message(), ClientOrigin.address(ctx), RequestIds.of(ctx)));
            return Reply.accepted(IntakeReceiptJson.RECEIVED);
        });
        table.authenticated(HandlerType.POST, "/api/v1/clients", Operation.of("createClient", TAG, "Record a client")
                .body(CreateClientRequest.class)
                .answers(201, "The client, in status `lead`. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", ClientJson.class)
                .versioned()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CLIENT_TASK_KEY_PREFIX_TAKEN.meaning("the task key prefix sent is another"
                        + " client's")), (ctx, actor) -> {
            CreateClientRequest body = bodies.read(ctx, CreateClientRequest.class);
            Client client = clients.createClient().execute(actor, new ClientInput(body.name(), body.email(),
                    body.company(), body.phone(), body.taskKeyPrefix()));
            return versioned(201, client);
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients", Operation.of("searchClients", TAG,
                        "List and search clients")
                .query(SEARCH_PARAMETERS,
                        Operation.Parameter.query("status", "ClientStatusFilter", "Only clients in one of these statuses:"
                                + " repeat the parameter for several (`status=lead&status=onboarding`). Left out, every"
                                + " status.", ClientStatus.class),
                        Operation.Parameter.query("q", "ClientSearchText", "Words each of which must start a word of"
                                + " the name, the company or the email address (`harb` finds Harbor, `northwind` finds"
                                + " boss@northwind.test), case and accents ignored.", Operation.schema("type", "string", "maxLength",
                                SearchClients.QUERY_MAX)),
                        PageJson.sort("ClientSort", "clients", SearchClients.LISTING), PageJson.LIMIT, PageJson.CURSOR)
                .answers(200, "One page of clients, in the order asked for (newest first by default).", PageJson.class, ClientJson.class)
                .permission(Permission.READ), (ctx, actor) -> {
            QueryParameters.Values query = SEARCH_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(clients.searchClients().execute(actor, query.all("status"), query.one("q"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ClientJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}", Operation.of("getClient", TAG, "Read a client")
                .pathParameter(ID)
                .answers(200, "The client, with the moves its status allows now.", ClientJson.class)
                .versioned()
                .permission(Permission.READ), (ctx, actor) ->
                versioned(200, clients.getClient().execute(actor, ctx.pathParam("id"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/clients/{id}", Operation.of("updateClient", TAG,
                        "Edit a client's profile")
                .description("A partial update of name, email, company, phone and task key prefix. The status moves"
                        + " only through POST /api/v1/clients/{id}/transitions.")
                .pathParameter(ID)
                .body(UpdateClientRequest.class)
                .answers(200, "The client as it is now (unchanged, at the same version, when nothing changed).",
                        ClientJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CLIENT_TASK_KEY_PREFIX_TAKEN, ProblemCodes.CLIENT_TASK_KEY_PREFIX_IN_USE),
                (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), UpdateClientRequest.FIELDS);
            Client client = clients.updateClient().execute(actor, ctx.pathParam("id"), new ClientChanges(
                    patch.text("name"), patch.text("email"), patch.text("company"), patch.text("phone"),
                    patch.text("taskKeyPrefix"), Versions.ifMatch(ctx)));
            return versioned(200, client);
        });
        table.authenticated(HandlerType.POST, "/api/v1/clients/{id}/transitions", Operation.of("transitionClient", TAG,
                        "Move a client along its lifecycle")
                .description("Allowed moves:\n\n" + Operation.allowedMoves(ClientLifecycle.MOVES, ClientStatus.class)
                        + "\n\nA client is paused only when none of its projects is active, and offboarded only when"
                        + " none is active, on hold or in review.")
                .pathParameter(ID)
                .body(ClientTransitionRequest.class)
                .answers(200, "The client in its new status. With an `Idempotency-Key`, a repeat gets the recorded"
                        + " answer.", ClientJson.class)
                .ifMatch()
                .permission(Permission.WRITE)
                .problems(ProblemCodes.CLIENT_TRANSITION_NOT_ALLOWED, ProblemCodes.CLIENT_HAS_ACTIVE_PROJECTS,
                        ProblemCodes.CLIENT_HAS_OPEN_PROJECTS), (ctx, actor) -> {
            ClientTransitionRequest body = bodies.read(ctx, ClientTransitionRequest.class);
            return versioned(200, clients.transitionClient().execute(actor, ctx.pathParam("id"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
    }

    private static Reply versioned(int status, Client client) {
        return new Reply(status, ClientJson.of(client), Map.of()).withVersion(client.version());
    }
}
