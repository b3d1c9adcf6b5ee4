package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;

public abstract class TenantRepositoryContract extends StorageContract {

    @Test
    void addedTenant_isFoundInsideItsOwnTenant() {
        TenantId id = new TenantId(newId());
        Tenant tenant = new Tenant(id, "Acme Studio", new TenantSlug("acme-" + id.value().toString().substring(24)), T0);

        inTenant(id, () -> ports.tenants().add(tenant));

        assertThat(inTenant(id, () -> ports.tenants().find(id))).contains(tenant);
    }

    @Test
    void slug_resolvesToTheTenantOutsideAnyTenant() {
        TenantId id = newTenant();
        TenantSlug slug = inTenant(id, () -> ports.tenants().find(id)).orElseThrow().slug();

        Optional<TenantId> found = ports.transactions().outsideTenant(() -> ports.tenants().idForSlug(slug));

        assertThat(found).contains(id);
    }

    @Test
    void unknownSlug_resolvesToNothing() {
        Optional<TenantId> found = ports.transactions()
                .outsideTenant(() -> ports.tenants().idForSlug(new TenantSlug("no-such-agency-" + newId().toString().substring(24))));

        assertThat(found).isEmpty();
    }

    @Test
    void takenSlug_isRefusedAsSlugTaken() {
        TenantId first = newTenant();
        TenantSlug taken = inTenant(first, () -> ports.tenants().find(first)).orElseThrow().slug();
        TenantId second = new TenantId(newId());

        AlreadyExists refusal = thrownBy(AlreadyExists.class, () -> inTenant(second,
                () -> ports.tenants().add(new Tenant(second, "Copycat", taken, T0))));

        assertThat(refusal.code()).isEqualTo("tenant.slug-taken");
        assertThat(ports.transactions().outsideTenant(() -> ports.tenants().idForSlug(taken))).contains(first);
    }

    @Test
    void everyTenantsId_isListedOutsideAnyTenant() {
        TenantId first = newTenant();
        TenantId second = newTenant();

        assertThat(ports.transactions().outsideTenant(() -> ports.tenants().allIds())).contains(first, second);
    }
}
