package org.clientportal.adapters.web.operator;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.clientportal.adapters.web.Form;
import org.clientportal.adapters.web.Frame;
import org.clientportal.adapters.web.Shown;
import org.clientportal.application.shared.Page;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.Lifecycle;

/**
 * The API keys page: one page of keys, newest first, each live one with a revoke button, and the
 * form to issue one. {@code refused} names the form it answers: {@code issue}, or a key's id.
 */
public record ApiKeysView(Frame frame, List<String> roles, List<String> scopes, List<KeyRow> rows, String nextPage,
                          Request request, Refused refused) {

    static final String ISSUE = "issue";

    /** {@code state}: live, expired or revoked, with when. */
    public record KeyRow(String id, String name, String role, String scopes, String created, String lastUsed,
                         String state, boolean revoked) {

        static KeyRow of(ApiKey key) {
            String state = key.revokedAt().map(at -> "revoked " + Shown.time(at))
                    .or(() -> key.expiresAt().map(at -> "expires " + Shown.time(at))).orElse("never expires");
            return new KeyRow(key.id().toString(), key.name(), Lifecycle.wireName(key.role()),
                    String.join(", ", key.scopes().stream().map(ApiKeyScope::wireName).sorted().toList()),
                    Shown.time(key.createdAt()), key.lastUsedAt().map(Shown::time).orElse("never"), state,
                    key.isRevoked());
        }
    }

    /** The issue form as typed: no scope ticked is the default, full. */
    public record Request(String name, String role, List<String> scopes, String expiresOn) {

        static final Request BLANK = new Request("", "member", List.of(), "");

        static Request typed(Context ctx) {
            return new Request(Form.text(ctx, "name"), Form.text(ctx, "role"), ctx.formParams("scopes"),
                    Form.text(ctx, "expiresOn"));
        }
    }

    static ApiKeysView of(Frame frame, Page<ApiKey> page, Request request, Refused refused) {
        return new ApiKeysView(frame, Arrays.stream(Role.values()).filter(role -> role != Role.OWNER)
                .map(Lifecycle::wireName).toList(),
                Arrays.stream(ApiKeyScope.values()).map(ApiKeyScope::wireName).toList(),
                page.items().stream().map(KeyRow::of).toList(), NextPage.of(page, "/app/api-keys"), request, refused);
    }
}
