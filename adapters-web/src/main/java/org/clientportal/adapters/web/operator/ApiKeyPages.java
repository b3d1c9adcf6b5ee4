package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import org.clientportal.adapters.web.Answer;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.PageGroup;
import org.clientportal.adapters.web.Pages;
import org.clientportal.adapters.web.Visit;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.apikey.CreateApiKeyCommand;
import org.clientportal.application.apikey.IssuedApiKey;
import org.clientportal.application.shared.PageInput;

/**
 * The agency's API keys, for owners and admins: the list (revoked ones included), issuing one —
 * its secret shown on the answer's page, once, and never again — and revoking one.
 */
public final class ApiKeyPages implements PageGroup {

    private static final String PAGE_SIZE = "100";
    private static final String LIST = "/app/api-keys";

    private final ApiKeyFeature keys;

    public ApiKeyPages(ApiKeyFeature keys) {
        this.keys = keys;
    }

    @Override
    public void register(Pages pages) {
        pages.operatorPage(LIST, (ctx, visit) -> list(ctx, visit, ApiKeysView.Request.BLANK, Refused.NONE));
        pages.operatorForm(LIST, (ctx, visit) -> {
            ApiKeysView.Request request = ApiKeysView.Request.typed(ctx);
            IssuedApiKey issued = keys.createApiKey().execute(visit.actor(), new CreateApiKeyCommand(request.name(),
                    request.role(), request.scopes().isEmpty() ? null : request.scopes(),
                    expiresAt(request.expiresOn())));
            return Answer.view("operator/apiKeyIssued.jte", new ApiKeyIssuedView(visit.frame("API key issued"),
                    issued.key().name(), issued.token()));
        }, (ctx, visit, refusal) -> list(ctx, visit, ApiKeysView.Request.typed(ctx),
                new Refused(ApiKeysView.ISSUE, refusal)));
        pages.operatorForm(LIST + "/{id}/revocation", (ctx, visit) -> {
            keys.revokeApiKey().execute(visit.actor(), ctx.pathParam("id"));
            return Answer.redirect(LIST);
        }, (ctx, visit, refusal) -> list(ctx, visit, ApiKeysView.Request.BLANK,
                new Refused(ctx.pathParam("id"), refusal)));
    }

    /** The form's day as the instant the key stops working: the start of that day, UTC; empty is never. */
    private static String expiresAt(String day) {
        return day.isBlank() ? null : day + "T00:00:00Z";
    }

    private Answer list(Context ctx, Visit visit, ApiKeysView.Request request, Refused refused) {
        return Answer.view("operator/apiKeys.jte", ApiKeysView.of(visit.frame("API keys"), keys.listApiKeys()
                .execute(visit.actor(), new PageInput(PAGE_SIZE, ctx.queryParam("cursor"))), request, refused),
                refused.status());
    }

    /** The page a new key's secret is shown on. */
    public record ApiKeyIssuedView(Frame frame, String name, String token) {
    }
}
