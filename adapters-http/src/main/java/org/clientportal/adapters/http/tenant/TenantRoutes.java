package org.clientportal.adapters.http.tenant;

import io.javalin.http.HandlerType;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.web.ClientOrigin;
import org.clientportal.adapters.http.web.FeatureRoutes;
import org.clientportal.adapters.http.web.JsonBodies;
import org.clientportal.adapters.http.web.Reply;
import org.clientportal.adapters.http.web.RequestIds;
import org.clientportal.adapters.http.web.RouteTable;
import org.clientportal.application.tenant.RegisterTenantCommand;
import org.clientportal.application.tenant.TenantFeature;
import org.clientportal.application.tenant.TenantRegistration;

/** Public agency sign-up. */
public final class TenantRoutes implements FeatureRoutes {

    private final TenantFeature tenants;

    public TenantRoutes(TenantFeature tenants) {
        this.tenants = tenants;
    }

    @Override
    public void register(RouteTable table, JsonBodies bodies) {
        table.open(HandlerType.POST, "/api/v1/tenants", ctx -> {
            RegisterTenantRequest body = bodies.read(ctx, RegisterTenantRequest.class);
            TenantRegistration registration = tenants.registerTenant().execute(new RegisterTenantCommand(body.name(),
                    body.slug(), body.ownerEmail(), body.ownerPassword(), body.ownerName(), ClientOrigin.address(ctx),
                    RequestIds.of(ctx)));
            return Reply.created(new RegistrationJson(TenantJson.of(registration.tenant()),
                    OperatorJson.of(registration.owner())));
        });
    }
}
