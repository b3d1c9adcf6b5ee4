package org.clientportal.adapters.http.apikey;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.UseCases;
import org.clientportal.application.apikey.CreateApiKeyCommand;
import org.clientportal.application.apikey.IssuedApiKey;

/** API keys for scripts and integrations: issue (shown once), list, revoke. */
public final class ApiKeyRoutes {

    /** GET /api/v1/api-keys lists every key and takes no query parameter. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.none();

    private ApiKeyRoutes() {
    }

    public static void register(RouteTable table, UseCases useCases, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/api-keys", (ctx, actor) -> {
            CreateApiKeyRequest body = bodies.read(ctx, CreateApiKeyRequest.class);
            IssuedApiKey issued = useCases.createApiKey().execute(actor, new CreateApiKeyCommand(body.name(), body.role()));
            IssuedApiKeyJson json = IssuedApiKeyJson.of(issued);
            return Reply.created(json).replayedAs(json.withoutKey());
        });
        table.authenticated(HandlerType.GET, "/api/v1/api-keys", (ctx, actor) -> {
            LIST_PARAMETERS.read(ctx);
            return Reply.ok(Map.of("items", useCases.listApiKeys().execute(actor).stream().map(ApiKeyJson::of).toList()));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/api-keys/{id}", (ctx, actor) -> {
            useCases.revokeApiKey().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
