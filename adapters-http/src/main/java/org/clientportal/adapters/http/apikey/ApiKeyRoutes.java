package org.clientportal.adapters.http.apikey;

import io.javalin.http.HandlerType;
import java.util.Map;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.apikey.CreateApiKeyCommand;
import org.clientportal.application.apikey.IssuedApiKey;

/** API keys for scripts and integrations: issue (shown once), list, revoke. */
public final class ApiKeyRoutes implements FeatureRoutes {

    /** GET /api/v1/api-keys lists every key and takes no query parameter. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.none();

    private final ApiKeyFeature apiKeys;

    public ApiKeyRoutes(ApiKeyFeature apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/api-keys", (ctx, actor) -> {
            CreateApiKeyRequest body = bodies.read(ctx, CreateApiKeyRequest.class);
            IssuedApiKey issued = apiKeys.createApiKey().execute(actor, new CreateApiKeyCommand(body.name(), body.role(), body.expiresAt()));
            IssuedApiKeyJson json = IssuedApiKeyJson.of(issued);
            return Reply.created(json).replayedAs(json.withoutKey());
        });
        table.authenticated(HandlerType.GET, "/api/v1/api-keys", (ctx, actor) -> {
            LIST_PARAMETERS.read(ctx);
            return Reply.ok(Map.of("items", apiKeys.listApiKeys().execute(actor).stream().map(ApiKeyJson::of).toList()));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/api-keys/{id}", (ctx, actor) -> {
            apiKeys.revokeApiKey().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
