package org.clientportal.adapters.http.tenant;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Operation;
import org.clientportal.adapters.http.web.ProblemCodes;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.tenant.RegisterTenant;
import org.clientportal.application.tenant.RegisterTenantCommand;
import org.clientportal.application.tenant.TenantFeature;
import org.clientportal.application.tenant.TenantRegistration;

/** Public agency sign-up. */
public final class TenantRoutes implements FeatureRoutes {

    private static final Operation.Tag TAG = new Operation.Tag("Tenants", "Agency sign-up.");

    private final TenantFeature tenants;

    public TenantRoutes(TenantFeature tenants) {
        this.tenants = tenants;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/tenants", Operation.of("registerTenant", TAG, "Register an agency and its owner")
                .description("Public sign-up: creates the tenant and its owner together, or neither.")
                .body(RegisterTenantRequest.class)
                .answers(201, "The agency and its first owner were created. Sign in with POST /api/v1/sessions.",
                        RegistrationJson.class)
                .rateLimited(Operation.limit(RegisterTenant.PER_ADDRESS, "address"))
                .problems(ProblemCodes.TENANT_SLUG_TAKEN), ctx -> {
            RegisterTenantRequest body = bodies.read(ctx, RegisterTenantRequest.class);
            TenantRegistration registration = tenants.registerTenant().execute(new RegisterTenantCommand(body.name(),
                    body.slug(), body.ownerEmail(), body.ownerPassword(), body.ownerName(), ClientOrigin.address(ctx),
                    RequestIds.of(ctx)));
            return Reply.created(new RegistrationJson(TenantJson.of(registration.tenant()),
                    OperatorJson.of(registration.owner())));
        });
    }
}
