package org.clientportal.adapters.http.client;

import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Set;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.adapters.http.web.TransitionRequest;
import org.clientportal.adapters.http.web.Versions;
import org.clientportal.application.client.ClientChanges;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.client.IntakeSubmission;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;

/** Clients: public intake, create, list and search, read, edit, move through the lifecycle. */
public final class ClientRoutes implements FeatureRoutes {

    /** What GET /api/v1/clients takes; {@code status} any number of times (any of them matches). */
    public static final QueryParameters SEARCH_PARAMETERS =
            QueryParameters.of("q", "sort", "limit", "cursor").andRepeatable("status");

    private final ClientFeature clients;

    public ClientRoutes(ClientFeature clients) {
        this.clients = clients;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/public/{tenantSlug}/intake", ctx -> {
            IntakeRequest body = bodies.read(ctx, IntakeRequest.class);
            clients.submitIntake().execute(new IntakeSubmission(ctx.pathParam("tenantSlug"), body.name(),
                    body.email(), body.company(), body.message(), ClientOrigin.address(ctx), RequestIds.of(ctx)));
            return Reply.accepted(Map.of("status", "received"));
        });
        table.authenticated(HandlerType.POST, "/api/v1/clients", (ctx, actor) -> {
            CreateClientRequest body = bodies.read(ctx, CreateClientRequest.class);
            Client client = clients.createClient().execute(actor,
                    new ClientInput(body.name(), body.email(), body.company(), body.phone()));
            return versioned(201, client);
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients", (ctx, actor) -> {
            QueryParameters.Values query = SEARCH_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(clients.searchClients().execute(actor, query.all("status"), query.one("q"),
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ClientJson::of));
        });
        table.authenticated(HandlerType.GET, "/api/v1/clients/{id}", (ctx, actor) ->
                versioned(200, clients.getClient().execute(actor, ctx.pathParam("id"))));
        table.authenticated(HandlerType.PATCH, "/api/v1/clients/{id}", (ctx, actor) -> {
            PatchBody patch = PatchBody.of(bodies.readTree(ctx), Set.of("name", "email", "company", "phone"));
            Client client = clients.updateClient().execute(actor, ctx.pathParam("id"), new ClientChanges(
                    patch.text("name"), patch.text("email"), patch.text("company"), patch.text("phone"),
                    Versions.ifMatch(ctx)));
            return versioned(200, client);
        });
        table.authenticated(HandlerType.POST, "/api/v1/clients/{id}/transitions", (ctx, actor) -> {
            TransitionRequest body = bodies.read(ctx, TransitionRequest.class);
            return versioned(200, clients.transitionClient().execute(actor, ctx.pathParam("id"),
                    new TransitionCommand(body.to(), body.reason(), Versions.ifMatch(ctx))));
        });
    }

    private static Reply versioned(int status, Client client) {
        return new Reply(status, ClientJson.of(client), Map.of()).withVersion(client.version());
    }
}
