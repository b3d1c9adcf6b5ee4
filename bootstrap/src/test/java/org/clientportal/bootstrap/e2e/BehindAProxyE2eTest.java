package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.clientportal.application.session.LogIn;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal behind a reverse proxy on this host (PORTAL_TRUSTED_PROXIES=127.0.0.1): the client's
 * address and scheme come from X-Forwarded-For and X-Forwarded-Proto, so that limits count the
 * real client and the session cookie is Secure when the client used TLS.
 */
class BehindAProxyE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis().with("PORTAL_TRUSTED_PROXIES", "127.0.0.1");

    private static ApiResponse signIn(Agency agency, String password, String forwardedFor, String forwardedProto) {
        return PORTAL.anonymous().call("POST", "/api/v1/sessions")
                .header("X-Forwarded-For", forwardedFor)
                .header("X-Forwarded-Proto", forwardedProto)
                .json(Map.of("tenant", agency.slug(), "email", agency.ownerEmail(), "password", password))
                .send();
    }

    @Test
    void anAttackersFailures_lockTheOwnerOutAtTheAttackersAddressOnly() {
        Agency agency = PORTAL.newAgency();
        for (int i = 0; i < LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS.hits(); i++) {
            signIn(agency, "guess " + i, "203.0.113.66", "https").expectProblem(401, "unauthenticated");
        }

        signIn(agency, Agency.PASSWORD, "203.0.113.66", "https").expectProblem(429, "rate-limited");
        signIn(agency, Agency.PASSWORD, "198.51.100.20", "https").expect(201);
    }

    @Test
    void theClientsAddress_isTheRightMostHopThatIsNotAProxy() {
        Agency agency = PORTAL.newAgency();
        for (int i = 0; i < LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS.hits(); i++) {
            // The client may write anything on the left; the proxy appends what it saw.
            signIn(agency, "guess " + i, "10.9.9." + i + ", 203.0.113.77", "https").expectProblem(401, "unauthenticated");
        }

        signIn(agency, Agency.PASSWORD, "203.0.113.77", "https").expectProblem(429, "rate-limited");
    }

    @Test
    void theSessionCookie_isSecure_whenTheProxySaysTheClientUsedTls_andNotOtherwise() {
        Agency agency = PORTAL.newAgency();

        assertThat(signIn(agency, Agency.PASSWORD, "198.51.100.30", "https").expect(201).header("Set-Cookie"))
                .containsIgnoringCase("Secure");
        assertThat(signIn(agency, Agency.PASSWORD, "198.51.100.30", "http").expect(201).header("Set-Cookie"))
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void secretsAndAuthenticatedAnswers_areNeverCached() {
        Agency agency = PORTAL.newAgency();

        assertThat(signIn(agency, Agency.PASSWORD, "198.51.100.40", "https").expect(201).header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(agency.owner().get("/api/v1/me").expect(200).header("Cache-Control")).isEqualTo("no-store");
        assertThat(agency.owner().post("/api/v1/api-keys", Map.of("name", "CI")).expect(201).header("Cache-Control"))
                .isEqualTo("no-store");
        assertThat(PORTAL.anonymous().get("/healthz").header("Cache-Control")).isNull();
    }
}
