package org.clientportal.adapters.http.apikey;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.PageJson;
import org.clientportal.adapters.http.web.QueryParameters;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.apikey.CreateApiKeyCommand;
import org.clientportal.application.apikey.IssuedApiKey;
import org.clientportal.application.apikey.ListApiKeys;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.operator.Permission;

/** API keys for scripts and integrations: issue (shown once), list, revoke. */
public final class ApiKeyRoutes implements FeatureRoutes {

    /** What GET /api/v1/api-keys takes. */
    public static final QueryParameters LIST_PARAMETERS = QueryParameters.of("sort", "limit", "cursor");

    private static final Operation.Tag TAG = new Operation.Tag("API keys", "Credentials for scripts and integrations.");

    private final ApiKeyFeature apiKeys;

    public ApiKeyRoutes(ApiKeyFeature apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.authenticated(HandlerType.POST, "/api/v1/api-keys", Operation.of("createApiKey", TAG, "Issue an API key")
                .description("Owners and admins, signed in, issue keys for scripts and integrations; a key cannot issue"
                        + " keys. A key acts as `admin`, `member` (the default) or `viewer`, never above its issuer. Send"
                        + " it as `Authorization: Bearer <key>`.")
                .body(CreateApiKeyRequest.class)
                .answers(201, "The key, with its secret, shown this once. With an `Idempotency-Key`, a repeat gets the"
                        + " recorded answer, without the secret.", IssuedApiKeyJson.class)
                .signedInOperatorOnly(Permission.MANAGE_API_KEYS), (ctx, actor) -> {
            CreateApiKeyRequest body = bodies.read(ctx, CreateApiKeyRequest.class);
            IssuedApiKey issued = apiKeys.createApiKey().execute(actor, new CreateApiKeyCommand(body.name(), body.role(),
                    body.scopes(), body.expiresAt()));
            IssuedApiKeyJson json = IssuedApiKeyJson.of(issued);
            return Reply.created(json).replayedAs(json.withoutKey());
        });
        table.authenticated(HandlerType.GET, "/api/v1/api-keys", Operation.of("listApiKeys", TAG, "List API keys")
                .description("Every key of the agency, revoked ones included.")
                .query(LIST_PARAMETERS, PageJson.sort("ApiKeySort", "keys", ListApiKeys.LISTING), PageJson.LIMIT,
                        PageJson.CURSOR)
                .answers(200, "One page of the agency's keys, without secrets.", PageJson.class, ApiKeyJson.class)
                .permission(Permission.MANAGE_API_KEYS), (ctx, actor) -> {
            QueryParameters.Values query = LIST_PARAMETERS.read(ctx);
            return Reply.ok(PageJson.of(apiKeys.listApiKeys().execute(actor,
                    new PageInput(query.one("limit"), query.one("cursor"), query.one("sort"))), ApiKeyJson::of));
        });
        table.authenticated(HandlerType.DELETE, "/api/v1/api-keys/{id}", Operation.of("revokeApiKey", TAG,
                        "Revoke an API key")
                .description("Takes effect at once.")
                .pathParameter(Operation.Parameter.path("id", "ApiKeyId", "The API key's id."))
                .answersNothing(204, "The key is revoked (revoking it again changes nothing).")
                .permission(Permission.MANAGE_API_KEYS), (ctx, actor) -> {
            apiKeys.revokeApiKey().execute(actor, ctx.pathParam("id"));
            return Reply.noContent();
        });
    }
}
