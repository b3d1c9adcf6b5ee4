package org.clientportal.adapters.http.apikey;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.apikey.CreateApiKeyCommand;
import org.clientportal.application.apikey.IssuedApiKey;
import org.clientportal.application.shared.PageInput;

/** API keys for scripts and integrations: issue (shown once), list, revoke. */
public final class ApiKeyRoutes implements FeatureRoutes {

    /** What GET /api/v1/api-keys takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

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
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(apiKeys.listApiKeys().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ApiKeyJson::of));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/api-keys/{id}", (ctx, actor) -> {
            apiKeys.revokeApiKey().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
