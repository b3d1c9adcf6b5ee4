package org.clientportal.adapters.persistence.testing;

import java.time.Instant;
import java.util.UUID;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

/** A registered agency of its own for one run of a race, and its owner acting in it. */
public final class RaceAgency {

    private RaceAgency() {
    }

    public static Actor register(PostgresPersistence db) {
        TenantId tenant = new TenantId(UUID.randomUUID());
        db.transactions().inTenant(tenant, () -> {
            db.tenants().add(new Tenant(tenant, "Agency", new TenantSlug("race-" + tenant.value().toString()
                    .substring(0, 8)), Instant.parse("2026-01-05T09:00:00Z")));
            return null;
        });
        return new Actor(tenant, new Principal.Operator(new OperatorId(UUID.randomUUID()), Role.OWNER), "req-race");
    }
}
