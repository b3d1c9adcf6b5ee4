package org.clientportal.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.fakes.FakeFeatures;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.operator.OperatorChanges;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.TooManyRequests;
import org.clientportal.domain.operator.Role;
import org.junit.jupiter.api.Test;

class SessionUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final String slug = agency.registration.tenant().slug().value();
    private final String ownerEmail = agency.registration.owner().email().value();

    private SignedIn logIn(String tenant, String email, String password) {
        return agency.features.sessions.logIn().execute(new LogInCommand(tenant, email, password, "198.51.100.2"));
    }

    @Test
    void rightCredentials_openASessionWithACsrfToken() {
        SignedIn signedIn = logIn(slug, ownerEmail.toUpperCase(), "correct horse battery");

        assertThat(signedIn.session().id()).isNotBlank();
        assertThat(signedIn.session().csrfToken()).isNotBlank().isNotEqualTo(signedIn.session().id());
        assertThat(signedIn.tenant().slug().value()).isEqualTo(slug);
        Authenticated authenticated = agency.features.sessions.authenticateSession().execute(signedIn.session().id(), "r1");
        assertThat(authenticated.actor().principal().actingRole().orElseThrow()).isEqualTo(Role.OWNER);
        assertThat(authenticated.actor().tenantId()).isEqualTo(agency.registration.tenant().id());
    }

    @Test
    void wrongPasswordUnknownEmailAndUnknownAgency_failAlike() {
        assertThatThrownBy(() -> logIn(slug, ownerEmail, "wrong password!"))
                .isInstanceOf(AuthenticationFailed.class).hasMessage("Wrong agency, email or password");
        assertThatThrownBy(() -> logIn(slug, "nobody@agency.test", "correct horse battery"))
                .isInstanceOf(AuthenticationFailed.class).hasMessage("Wrong agency, email or password");
        assertThatThrownBy(() -> logIn("no-such-agency", ownerEmail, "correct horse battery"))
                .isInstanceOf(AuthenticationFailed.class).hasMessage("Wrong agency, email or password");
    }

    private SignedIn logInFrom(String address, String email, String password) {
        return agency.features.sessions.logIn().execute(new LogInCommand(slug, email, password, address));
    }

    @Test
    void failedSignIns_fromOneAddress_lockThatAccountThere_butNotFromAnotherAddress() {
        for (int i = 0; i < LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS.hits(); i++) {
            assertThatThrownBy(() -> logInFrom("203.0.113.66", ownerEmail, "wrong password!"))
                    .isInstanceOf(AuthenticationFailed.class);
        }

        assertThatThrownBy(() -> logInFrom("203.0.113.66", ownerEmail, "correct horse battery"))
                .isInstanceOf(TooManyRequests.class);
        assertThat(logInFrom("198.51.100.7", ownerEmail, "correct horse battery").operator().email().value())
                .isEqualTo(ownerEmail);
    }

    @Test
    void successfulSignIns_countAgainstNoLimit() {
        for (int i = 0; i < LogIn.FAILURES_PER_ADDRESS.hits() + 5; i++) {
            logInFrom("198.51.100.8", ownerEmail, "correct horse battery");
        }

        assertThat(logInFrom("198.51.100.8", ownerEmail, "correct horse battery")).isNotNull();
    }

    @Test
    void oneAddressFailingOnManyAccounts_isStoppedByItsOwnLimit() {
        for (int i = 0; i < LogIn.FAILURES_PER_ADDRESS.hits(); i++) {
            String sprayed = "user" + i + "@agency.test";
            assertThatThrownBy(() -> logInFrom("203.0.113.99", sprayed, "guess")).isInstanceOf(AuthenticationFailed.class);
        }

        assertThatThrownBy(() -> logInFrom("203.0.113.99", ownerEmail, "correct horse battery"))
                .isInstanceOf(TooManyRequests.class);
    }

    @Test
    void rateLimitBuckets_holdNoEmailOrAddressInClear() {
        assertThatThrownBy(() -> logInFrom("203.0.113.5", ownerEmail, "wrong password!"))
                .isInstanceOf(AuthenticationFailed.class);

        assertThat(agency.fakes.rateLimiter.buckets()).isNotEmpty()
                .noneMatch(bucket -> bucket.contains(ownerEmail) || bucket.contains("203.0.113.5"));
    }

    @Test
    void aSessionInUse_stillEndsAtItsAbsoluteLifetime() {
        SignedIn signedIn = logIn(slug, ownerEmail, "correct horse battery");
        var authenticate = agency.features.sessions.authenticateSession();
        for (int hour = 1; hour < FakeFeatures.SESSIONS.absolute().toHours(); hour++) {
            agency.fakes.clock.advance(java.time.Duration.ofHours(1));
            assertThat(authenticate.execute(signedIn.session().id(), "r").actor()).isNotNull();
        }

        agency.fakes.clock.advance(java.time.Duration.ofHours(1));

        assertThatThrownBy(() -> authenticate.execute(signedIn.session().id(), "r"))
                .isInstanceOf(AuthenticationFailed.class).hasMessageContaining("maximum lifetime");
        assertThat(agency.fakes.sessions.findAndTouch(signedIn.session().id(), java.time.Duration.ofHours(1))).isEmpty();
    }

    @Test
    void afterLogout_theSessionIsDead() {
        SignedIn signedIn = logIn(slug, ownerEmail, "correct horse battery");
        agency.features.sessions.logOut().execute(signedIn.session().id());
        assertThatThrownBy(() -> agency.features.sessions.authenticateSession().execute(signedIn.session().id(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void endingAllSessions_endsEveryOneOfThatOperator() {
        SignedIn first = logIn(slug, ownerEmail, "correct horse battery");
        SignedIn second = logIn(slug, ownerEmail, "correct horse battery");
        Authenticated current = agency.features.sessions.authenticateSession().execute(first.session().id(), "r");

        agency.features.sessions.endAllSessions().execute(current.actor());

        assertThat(agency.fakes.sessions.count()).isZero();
        assertThatThrownBy(() -> agency.features.sessions.authenticateSession().execute(second.session().id(), "r"))
                .isInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void aDemotion_takesEffectOnTheNextRequest() {
        var admin = agency.operatorWithRole("admin");
        String adminEmail = agency.features.operators.listOperators().execute(agency.owner, new PageInput(null, null, "createdAt")).items().get(1).email().value();
        SignedIn signedIn = logIn(slug, adminEmail, "long enough password");

        agency.features.operators.changeOperator().execute(agency.owner, TestAgency.operatorIdOf(admin),
                new OperatorChanges(Change.to("viewer"), Change.keep(), Optional.empty()));

        assertThat(agency.features.sessions.authenticateSession().execute(signedIn.session().id(), "r").actor().principal().actingRole().orElseThrow())
                .isEqualTo(Role.VIEWER);
    }
}
