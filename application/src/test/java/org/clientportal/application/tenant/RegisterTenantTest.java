package org.clientportal.application.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class RegisterTenantTest {

    private final TestAgency agency = new TestAgency();

    private RegisterTenantCommand command(String slug, String address) {
        return new RegisterTenantCommand("Studio", slug, "founder@studio.test", "correct horse battery", null,
                address, "req-1");
    }

    @Test
    void registration_createsTheTenantAndItsOwner_andAuditsBoth() {
        TenantRegistration registration = agency.features.tenants.registerTenant().execute(command("studio", "192.0.2.1"));

        assertThat(registration.owner().role()).isEqualTo(Role.OWNER);
        assertThat(registration.owner().name()).isEqualTo("founder");
        assertThat(registration.owner().tenantId()).isEqualTo(registration.tenant().id());
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.tenantId().equals(registration.tenant().id()))
                .extracting(e -> e.action()).containsExactly("tenant.registered", "operator.added");
    }

    @Test
    void aTakenSlug_isAConflict() {
        String taken = agency.registration.tenant().slug().value();
        assertThatThrownBy(() -> agency.features.tenants.registerTenant().execute(command(taken, "192.0.2.1")))
                .isInstanceOf(AlreadyExists.class)
                .satisfies(e -> assertThat(((AlreadyExists) e).code()).isEqualTo("tenant.slug-taken"));
    }

    @Test
    void badInput_namesEveryField() {
        assertThatThrownBy(() -> agency.features.tenants.registerTenant().execute(new RegisterTenantCommand(
                "", "Not A Slug", "nope", "short", null, "192.0.2.1", "r")))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("name").hasMessageContaining("slug")
                .hasMessageContaining("ownerEmail").hasMessageContaining("ownerPassword");
    }

    @Test
    void registrations_areRateLimitedPerAddress() {
        for (int i = 0; i < RegisterTenant.PER_ADDRESS.hits(); i++) {
            agency.features.tenants.registerTenant().execute(command("studio-" + i, "192.0.2.77"));
        }
        assertThatThrownBy(() -> agency.features.tenants.registerTenant().execute(command("studio-x", "192.0.2.77")))
                .isInstanceOf(TooManyRequests.class);
    }
}
