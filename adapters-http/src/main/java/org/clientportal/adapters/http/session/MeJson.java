package org.clientportal.adapters.http.session;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.tenant.TenantJson;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.application.operator.Me;
import org.clientportal.domain.operator.Role;

/** {@code GET /api/v1/me}: who is calling, with the role they act with now. */
@Schema(name = "Me", description = "The caller: agency, principal and effective role.")
record MeJson(@Schema(description = "Who is calling, as `operator:<id>` or `api-key:<id>`.") String principal,
              @Schema(implementation = Role.class, description = "The role the caller acts with now (a key's is capped by"
                      + " its issuer's current role).") String role,
              @Schema(nullable = true, description = "The operator behind the call; null for an API key.")
              OperatorJson operator,
              TenantJson tenant) {

    static MeJson of(Me me) {
        return new MeJson(me.principal().name(), me.principal().actingRole().map(WireNames::of).orElse(null),
                me.operator().map(OperatorJson::of).orElse(null), TenantJson.of(me.tenant()));
    }
}
