package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.clientportal.application.session.LogIn;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Steps 1 and 2 of the issue: an agency signs up, its owner signs in, sees who they are, signs out. */
class SignUpAndSessionsE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    /** Registrations are rate-limited per address: tests register a fresh agency only when they need one. */
    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void registeringAnAgency_is201WithTheTenantAndItsOwner() {
        String slug = Agency.uniqueSlug();
        JsonNode registration = PORTAL.anonymous().post("/api/v1/tenants", Map.of("name", "Acme Agency", "slug", slug,
                "ownerEmail", "olivia@" + slug + ".test", "ownerPassword", Agency.PASSWORD, "ownerName", "Olivia"))
                .expect(201).json();

        assertThat(registration.path("tenant").path("slug").asText()).isEqualTo(slug);
        assertThat(registration.path("tenant").path("name").asText()).isEqualTo("Acme Agency");
        assertThat(registration.path("tenant").path("id").asText()).isNotBlank();
        assertThat(registration.path("owner").path("email").asText()).isEqualTo("olivia@" + slug + ".test");
        assertThat(registration.path("owner").path("name").asText()).isEqualTo("Olivia");
        assertThat(registration.path("owner").path("role").asText()).isEqualTo("owner");
        assertThat(registration.path("owner").has("passwordHash")).isFalse();
    }

    @Test
    void registeringATakenSlug_is409() {
        PORTAL.anonymous().post("/api/v1/tenants", Map.of("name", "Copycat", "slug", agency.slug(),
                "ownerEmail", "someone@else.test", "ownerPassword", Agency.PASSWORD)).expectProblem(409, "tenant.slug-taken");
    }

    @Test
    void registeringWithBadFields_is400NamingEveryBadField() {
        JsonNode problem = PORTAL.anonymous().post("/api/v1/tenants", Map.of("name", "", "slug", "Not A Slug!",
                "ownerEmail", "not-an-email", "ownerPassword", "short")).expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field"))
                .contains("name", "slug", "ownerEmail", "ownerPassword");
    }

    @Test
    void signingIn_is201WithAnHttpOnlySameSiteCookieAndACsrfToken() {
        ApiResponse response = PORTAL.anonymous().post("/api/v1/sessions",
                Map.of("tenant", agency.slug(), "email", agency.ownerEmail(), "password", Agency.PASSWORD)).expect(201);

        String cookie = response.headers("Set-Cookie").stream()
                .filter(c -> c.startsWith(ApiClient.SESSION_COOKIE + "=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=").contains("Path=/");
        assertThat(ApiClient.sessionCookieOf(response)).hasSizeGreaterThanOrEqualTo(43);
        assertThat(response.json().path("csrfToken").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(response.json().path("operator").path("email").asText()).isEqualTo(agency.ownerEmail());
        assertThat(response.json().path("tenant").path("slug").asText()).isEqualTo(agency.slug());
    }

    @Test
    void signingInWithAWrongPasswordOrUnknownAgency_is401AndSetsNoCookie() {
        ApiResponse wrongPassword = PORTAL.anonymous().post("/api/v1/sessions",
                Map.of("tenant", agency.slug(), "email", agency.ownerEmail(), "password", "not the password"));
        ApiResponse unknownAgency = PORTAL.anonymous().post("/api/v1/sessions",
                Map.of("tenant", "no-such-agency", "email", agency.ownerEmail(), "password", Agency.PASSWORD));

        wrongPassword.expectProblem(401, "unauthenticated");
        unknownAgency.expectProblem(401, "unauthenticated");
        assertThat(wrongPassword.json().path("detail").asText()).isEqualTo(unknownAgency.json().path("detail").asText());
        assertThat(wrongPassword.headers("Set-Cookie")).isEmpty();
    }

    @Test
    void repeatedWrongPasswords_lockThatAccountAtThatAddressWith429_evenForTheRightPassword_butNotItsColleagues() {
        Agency fresh = PORTAL.newAgency(); // its owner is locked out here
        ApiClient colleague = fresh.operator("admin");
        Map<String, String> wrong = Map.of("tenant", fresh.slug(), "email", fresh.ownerEmail(), "password", "guess");
        int attempts = 0;
        ApiResponse answer;
        do {
            answer = PORTAL.anonymous().post("/api/v1/sessions", wrong);
            attempts++;
        } while (answer.status() == 401 && attempts <= LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS.hits());

        answer.expectProblem(429, "rate-limited");
        assertThat(attempts).isEqualTo(LogIn.FAILURES_PER_ACCOUNT_AND_ADDRESS.hits() + 1);
        assertThat(Long.parseLong(answer.header("Retry-After"))).isPositive();
        PORTAL.anonymous().post("/api/v1/sessions", Map.of("tenant", fresh.slug(), "email", fresh.ownerEmail(),
                "password", Agency.PASSWORD)).expectProblem(429, "rate-limited");
        colleague.get("/api/v1/me").expect(200);
    }

    @Test
    void me_showsTheSignedInOperatorAndTheirAgency() {
        JsonNode me = agency.owner().get("/api/v1/me").expect(200).json();

        assertThat(me.path("operator").path("id").asText()).isEqualTo(agency.ownerId());
        assertThat(me.path("operator").path("email").asText()).isEqualTo(agency.ownerEmail());
        assertThat(me.path("operator").path("name").asText()).isNotBlank();
        assertThat(me.path("operator").path("role").asText()).isEqualTo("owner");
        assertThat(me.path("tenant").path("id").asText()).isEqualTo(agency.id());
        assertThat(me.path("tenant").path("slug").asText()).isEqualTo(agency.slug());
    }

    @Test
    void me_withoutCredentialsOrWithAnUnknownCookie_is401() {
        PORTAL.anonymous().get("/api/v1/me").expectProblem(401, "unauthenticated");
        PORTAL.anonymous().withSession("no-such-session", null).get("/api/v1/me").expectProblem(401, "unauthenticated");
    }

    @Test
    void theCurrentSession_repeatsItsCsrfToken() {
        JsonNode current = agency.owner().get("/api/v1/sessions/current").expect(200).json();

        assertThat(current.path("csrfToken").asText()).isEqualTo(agency.owner().csrfToken());
    }

    @Test
    void signingOut_is204_andTheCookieIsDeadAfterwards() {
        ApiClient session = agency.owner().signIn(agency.slug(), agency.ownerEmail(), Agency.PASSWORD);

        ApiResponse logout = session.delete("/api/v1/sessions/current").expect(204);

        assertThat(logout.headers("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(ApiClient.SESSION_COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970"));
        session.get("/api/v1/me").expectProblem(401, "unauthenticated");
        agency.owner().get("/api/v1/me").expect(200);
    }

    @Test
    void endingAllSessions_endsEverySessionOfThatOperator_andNoOneElses() {
        Agency fresh = PORTAL.newAgency(); // its owner loses every session here
        ApiClient laptop = fresh.owner().signIn(fresh.slug(), fresh.ownerEmail(), Agency.PASSWORD);
        ApiClient phone = fresh.owner().signIn(fresh.slug(), fresh.ownerEmail(), Agency.PASSWORD);
        ApiClient colleague = fresh.operator("admin");

        laptop.delete("/api/v1/sessions").expect(204);

        laptop.get("/api/v1/me").expectProblem(401, "unauthenticated");
        phone.get("/api/v1/me").expectProblem(401, "unauthenticated");
        fresh.owner().get("/api/v1/me").expectProblem(401, "unauthenticated");
        colleague.get("/api/v1/me").expect(200);
    }
}
