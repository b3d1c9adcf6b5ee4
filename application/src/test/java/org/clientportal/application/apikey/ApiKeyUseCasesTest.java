package org.clientportal.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class ApiKeyUseCasesTest {

    private final TestAgency agency = new TestAgency();

    @Test
    void anIssuedKey_authenticatesAsItsTenantAndRole_andOnlyItsDigestIsStored() {
        IssuedApiKey issued = agency.useCases.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", "viewer"));

        Actor actor = agency.useCases.authenticateApiKey().execute(issued.token(), "r");

        assertThat(issued.token()).startsWith("cmp_").hasSize(80);
        assertThat(issued.key().secretDigest()).doesNotContain(issued.token());
        assertThat(actor.tenantId()).isEqualTo(agency.registration.tenant().id());
        assertThat(actor.role()).isEqualTo(Role.VIEWER);
        assertThat(actor.principal()).isEqualTo(Principal.apiKey(issued.key().id()));
        assertThat(agency.useCases.listApiKeys().execute(agency.owner).get(0).lastUsedAt()).isPresent();
    }

    @Test
    void aRevokedKey_noLongerAuthenticates() {
        IssuedApiKey issued = agency.useCases.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", null));
        agency.useCases.revokeApiKey().execute(agency.owner, issued.key().id().toString());

        assertThatThrownBy(() -> agency.useCases.authenticateApiKey().execute(issued.token(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThat(agency.useCases.listApiKeys().execute(agency.owner).get(0).isRevoked()).isTrue();
    }

    @Test
    void aMalformedOrForgedKey_isRefused() {
        IssuedApiKey issued = agency.useCases.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", null));
        String forged = issued.token().substring(0, issued.token().length() - 1) + "Z";

        assertThatThrownBy(() -> agency.useCases.authenticateApiKey().execute("cmp_nonsense", "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThatThrownBy(() -> agency.useCases.authenticateApiKey().execute(forged, "r"))
                .isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void membersCannotManageKeys_andAKeyCannotOutrankItsIssuerOrBeOwner() {
        Actor member = agency.operatorWithRole("member");
        Actor admin = agency.operatorWithRole("admin");

        assertThatThrownBy(() -> agency.useCases.createApiKey().execute(member, new CreateApiKeyCommand("x", null)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.useCases.listApiKeys().execute(member)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.useCases.createApiKey().execute(agency.owner, new CreateApiKeyCommand("x", "owner")))
                .isInstanceOf(ValidationFailed.class);
        assertThat(agency.useCases.createApiKey().execute(admin, new CreateApiKeyCommand("x", "admin")).key().role())
                .isEqualTo(Role.ADMIN);
    }
}
