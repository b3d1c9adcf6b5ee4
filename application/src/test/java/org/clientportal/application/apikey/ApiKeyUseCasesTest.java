package org.clientportal.application.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.client.ClientInput;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.operator.AddOperatorCommand;
import org.clientportal.application.operator.OperatorChanges;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class ApiKeyUseCasesTest {

    private final TestAgency agency = new TestAgency();

    @Test
    void anIssuedKey_authenticatesAsItsTenantAndRole_andOnlyItsDigestIsStored() {
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", "viewer", null, null));

        Actor actor = agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r");

        assertThat(issued.token()).startsWith("cmp_").hasSize(80);
        assertThat(issued.key().secretDigest()).doesNotContain(issued.token());
        assertThat(actor.tenantId()).isEqualTo(agency.registration.tenant().id());
        assertThat(actor.principal()).isEqualTo(new Principal.ApiKey(issued.key().id(), Role.VIEWER,
                Set.of(ApiKeyScope.FULL), issued.key().createdBy()));
        assertThat(agency.fakes.auditTrail.all().get(agency.fakes.auditTrail.all().size() - 1).actor())
                .isEqualTo(agency.owner.principal().name());
        assertThat(agency.features.apiKeys.listApiKeys().execute(agency.owner, PageInput.firstPage()).items().get(0).lastUsedAt()).isPresent();
    }

    @Test
    void keys_areListedNewestFirstByDefault_inPages_orByName() {
        for (String name : List.of("deploys", "Backups", "crm")) {
            agency.features.apiKeys.createApiKey().execute(agency.owner, new CreateApiKeyCommand(name, null, null, null));
        }
        ListApiKeys list = agency.features.apiKeys.listApiKeys();

        var first = list.execute(agency.owner, new PageInput("2", null));
        var rest = list.execute(agency.owner, new PageInput("2", first.next().orElseThrow().encode()));
        var byName = list.execute(agency.owner, new PageInput(null, null, "name"));

        assertThat(first.items()).extracting(ApiKey::name).containsExactly("crm", "Backups");
        assertThat(rest.items()).extracting(ApiKey::name).containsExactly("deploys");
        assertThat(byName.items()).extracting(ApiKey::name).containsExactly("Backups", "crm", "deploys");
        assertThatThrownBy(() -> list.execute(agency.owner, new PageInput(null, first.next().orElseThrow().encode(), "name")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: was issued for sort=-createdAt");
    }

    @Test
    void aRevokedKey_noLongerAuthenticates() {
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", null, null, null));
        agency.features.apiKeys.revokeApiKey().execute(agency.owner, issued.key().id().toString());

        assertThatThrownBy(() -> agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThat(agency.features.apiKeys.listApiKeys().execute(agency.owner, PageInput.firstPage()).items().get(0).isRevoked()).isTrue();
    }

    @Test
    void aMalformedOrForgedKey_isRefused() {
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(agency.owner, new CreateApiKeyCommand("CI", null, null, null));
        String forged = issued.token().substring(0, issued.token().length() - 1) + "Z";

        assertThatThrownBy(() -> agency.features.apiKeys.authenticateApiKey().execute("cmp_nonsense", "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThatThrownBy(() -> agency.features.apiKeys.authenticateApiKey().execute(forged, "r"))
                .isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void membersCannotManageKeys_andAKeyCannotOutrankItsIssuerOrBeOwner() {
        Actor member = agency.operatorWithRole("member");
        Actor admin = agency.operatorWithRole("admin");

        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(member, new CreateApiKeyCommand("x", null, null, null)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.features.apiKeys.listApiKeys().execute(member, PageInput.firstPage())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(agency.owner, new CreateApiKeyCommand("x", "owner", null, null)))
                .isInstanceOf(ValidationFailed.class);
        assertThat(agency.features.apiKeys.createApiKey().execute(admin, new CreateApiKeyCommand("x", "admin", null, null)).key().role())
                .isEqualTo(Role.ADMIN);
    }

    private Actor keyWithRole(Actor issuer, String role) {
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(issuer, new CreateApiKeyCommand("k", role, null, null));
        return agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r");
    }

    @Test
    void anApiKey_cannotIssueKeys_norAddChangeOrRemoveOperators_whateverItsRole() {
        Actor key = keyWithRole(agency.owner, "admin");
        Actor member = agency.operatorWithRole("member");

        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(key, new CreateApiKeyCommand("x", "viewer", null, null)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("signed in");
        assertThatThrownBy(() -> agency.features.operators.addOperator().execute(key,
                new AddOperatorCommand("new@agency.test", "New", "viewer", "long enough password")))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.features.operators.changeOperator().execute(key, TestAgency.operatorIdOf(member),
                new OperatorChanges(Change.to("admin"), Change.keep(), Optional.empty())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> agency.features.operators.removeOperator().execute(key, TestAgency.operatorIdOf(member)))
                .isInstanceOf(AccessDenied.class);
        assertThat(agency.features.apiKeys.listApiKeys().execute(key, PageInput.firstPage()).items()).hasSize(1);
    }

    @Test
    void aKeyWithAnExpiry_worksUntilThen_andAnExpiryInThePastIsRefused() {
        String tomorrow = agency.fakes.clock.now().plus(Duration.ofDays(1)).toString();
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("CI", "viewer", null, tomorrow));

        assertThat(issued.key().expiresAt()).contains(Instant.parse(tomorrow));
        assertThat(agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r")).isNotNull();
        agency.fakes.clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("CI", null, null, agency.fakes.clock.now().toString())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("expiresAt: must be in the future");
        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("CI", null, null, "next tuesday")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("expiresAt:");
    }

    @Test
    void demotingTheCreator_capsTheirKeys_andRemovingThemEndsTheKeys() {
        Actor admin = agency.operatorWithRole("admin");
        IssuedApiKey issued = agency.features.apiKeys.createApiKey().execute(admin, new CreateApiKeyCommand("CI", "admin", null, null));

        agency.features.operators.changeOperator().execute(agency.owner, TestAgency.operatorIdOf(admin),
                new OperatorChanges(Change.to("viewer"), Change.keep(), Optional.empty()));
        Actor capped = agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r");
        assertThat(capped.principal().actingRole()).contains(Role.VIEWER);
        assertThatThrownBy(() -> agency.features.clients.createClient().execute(capped,
                new ClientInput("Acme", null, null, null, null))).isInstanceOf(AccessDenied.class);

        agency.features.operators.removeOperator().execute(agency.owner, TestAgency.operatorIdOf(admin));
        assertThatThrownBy(() -> agency.features.apiKeys.authenticateApiKey().execute(issued.token(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
        assertThat(agency.features.apiKeys.listApiKeys().execute(agency.owner, PageInput.firstPage()).items())
                .filteredOn(k -> k.id().equals(issued.key().id())).singleElement()
                .satisfies(k -> assertThat(k.isRevoked()).isTrue());
        assertThat(agency.fakes.auditTrail.all()).extracting(e -> e.action() + " " + e.entityId())
                .contains("api-key.revoked " + issued.key().id());
    }

    @Test
    void thePublicForm_actsWithNoRole_andIsRefusedEveryPermission() {
        Actor form = new Actor(agency.owner.tenantId(), new Principal.PublicForm("intake"), "r");

        assertThatThrownBy(() -> agency.features.clients.searchClients().execute(form, java.util.List.of(), null,
                new org.clientportal.application.shared.PageInput(null, null)))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("public:intake may not read");
    }

    @Test
    void aKeyActsOnlyWithinItsScopes_whateverItsRoleGrants() {
        Actor reader = agency.features.apiKeys.authenticateApiKey().execute(agency.features.apiKeys.createApiKey()
                .execute(agency.owner, new CreateApiKeyCommand("dashboard", "admin", List.of("read"), null)).token(),
                "r1");
        Actor collector = agency.features.apiKeys.authenticateApiKey().execute(agency.features.apiKeys.createApiKey()
                .execute(agency.owner, new CreateApiKeyCommand("collector", "member", List.of("metrics:write"), null))
                .token(), "r2");

        reader.require(Permission.READ);
        assertThatThrownBy(() -> reader.require(Permission.WRITE))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("api-key.scope-missing"));
        collector.require(Permission.WRITE_METRICS);
        assertThatThrownBy(() -> collector.require(Permission.READ))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("api-key.scope-missing"));
        assertThatThrownBy(() -> agency.operatorWithRole("viewer").require(Permission.WRITE_METRICS))
                .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
    }

    @Test
    void scopesMustBeKnown_andAtLeastOne() {
        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("k", null, List.of("read", "write"), null)))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("scopes"));
        assertThatThrownBy(() -> agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("k", null, List.of(), null))).isInstanceOf(ValidationFailed.class);
        assertThat(agency.features.apiKeys.createApiKey().execute(agency.owner,
                new CreateApiKeyCommand("k", null, null, null)).key().scopes()).containsExactly(ApiKeyScope.FULL);
    }
}
