package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.ApiResponse;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The way into the portal over HTTP, on PostgreSQL and Redis: contacts with rights, single-use
 * links exchanged for a portal session with its own cookie, and each audience's credential
 * refused on the other's routes.
 */
class PortalAccessE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;
    private static String clientId;

    @BeforeAll
    static void anAgencyWithAClient() {
        agency = PORTAL.newAgency();
        clientId = agency.client("Acme", "onboarding").path("id").asText();
    }

    @Test
    void anOperator_addsContactsWithRights_changesThem_andListsThem() {
        JsonNode ada = agency.contact(clientId, "Ada Buyer", "request", "upload");
        agency.contact(clientId, "Bo Boss", "approve");

        assertThat(ada.path("rights")).extracting(JsonNode::asText).containsExactly("view", "request", "upload");
        JsonNode changed = agency.owner().call("PATCH", "/api/v1/contacts/" + ada.path("id").asText())
                .header("If-Match", "\"1\"").json(Map.of("rights", List.of())).send().expect(200).json();
        assertThat(changed.path("rights")).extracting(JsonNode::asText).containsExactly("view");
        assertThat(changed.path("version").asLong()).isEqualTo(2);
        JsonNode page = agency.owner().get("/api/v1/clients/" + clientId + "/contacts?sort=name").expect(200).json();
        assertThat(page.path("items")).extracting(c -> c.path("name").asText()).contains("Ada Buyer", "Bo Boss");
    }

    @Test
    void badContacts_areRefusedNamingEachField() {
        JsonNode problem = agency.owner().post("/api/v1/clients/" + clientId + "/contacts",
                Map.of("name", "", "email", "nope", "rights", List.of("view", "admin"))).expectProblem(400, "validation");

        assertThat(problem.path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("name", "email", "rights[1]");
        String email = agency.contact(clientId, "Cy").path("email").asText();
        agency.owner().post("/api/v1/clients/" + clientId + "/contacts", Map.of("name", "Cy again", "email",
                email.toUpperCase())).expectProblem(409, "contact.email-taken");
    }

    @Test
    void aLink_opensThePortalOnce_withItsOwnCookie_andShowsWhoIsThere() {
        JsonNode ada = agency.contact(clientId, "Ada Portal", "request");
        JsonNode link = agency.owner().post("/api/v1/contacts/" + ada.path("id").asText() + "/portal-links")
                .expect(201).json();
        String token = link.path("token").asText();
        assertThat(token).matches("^cpl_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$");
        assertThat(link.path("url").asText()).endsWith("/portal/sign-in#token=" + token);
        assertThat(Instant.parse(link.path("expiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofHours(71)), Instant.now().plus(Duration.ofHours(73)));

        ApiResponse opened = agency.owner().anonymous().post("/portal/api/v1/sessions", Map.of("token", token))
                .expect(201);
        String cookie = opened.headers("Set-Cookie").get(0);
        assertThat(cookie).startsWith(ApiClient.PORTAL_SESSION_COOKIE + "=").contains("Path=/portal", "HttpOnly",
                "SameSite=Lax");
        ApiClient contact = agency.owner().withPortalSession(ApiClient.cookieOf(opened,
                ApiClient.PORTAL_SESSION_COOKIE), opened.json().path("csrfToken").asText());
        JsonNode me = contact.get("/portal/api/v1/me").expect(200).json();
        assertThat(me.path("contact").path("id").asText()).isEqualTo(ada.path("id").asText());
        assertThat(me.path("contact").path("rights")).extracting(JsonNode::asText).containsExactly("view", "request");
        assertThat(me.path("client").path("id").asText()).isEqualTo(clientId);
        assertThat(me.path("agency").path("slug").asText()).isEqualTo(agency.slug());

        agency.owner().anonymous().post("/portal/api/v1/sessions", Map.of("token", token))
                .expectProblem(401, "portal-link.used");
    }

    @Test
    void unknownAndTamperedLinks_readTheSame() {
        String token = agency.portalLink(agency.contact(clientId, "Tam Per").path("id").asText());
        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        ApiClient anonymous = agency.owner().anonymous();

        for (String guess : List.of(tampered, "cpl_" + "0".repeat(32) + token.substring(36), "nonsense")) {
            JsonNode problem = anonymous.post("/portal/api/v1/sessions", Map.of("token", guess))
                    .expectProblem(401, "portal-link.unknown");
            assertThat(problem.path("type").asText()).endsWith("/portal-link.unknown");
        }
        anonymous.post("/portal/api/v1/sessions", Map.of()).expectProblem(400, "validation");
        anonymous.openPortal(token);
    }

    @Test
    void revokingAccess_killsUnusedLinksAndOpenSessionsAtOnce() {
        String contactId = agency.contact(clientId, "Rev Oked").path("id").asText();
        String unused = agency.portalLink(contactId);
        ApiClient contact = agency.owner().openPortal(agency.portalLink(contactId));
        contact.get("/portal/api/v1/me").expect(200);

        agency.owner().delete("/api/v1/contacts/" + contactId + "/portal-access").expect(204);

        contact.get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
        agency.owner().anonymous().post("/portal/api/v1/sessions", Map.of("token", unused))
                .expectProblem(401, "portal-link.revoked");
        agency.owner().openPortal(agency.portalLink(contactId)).get("/portal/api/v1/me").expect(200);
    }

    @Test
    void removingAContact_endsTheirSessions_andTheyAreNotFoundAnyMore() {
        String contactId = agency.contact(clientId, "Gone Soon").path("id").asText();
        ApiClient contact = agency.owner().openPortal(agency.portalLink(contactId));

        agency.owner().delete("/api/v1/contacts/" + contactId).expect(204);

        contact.get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
        agency.owner().get("/api/v1/contacts/" + contactId).expectProblem(404, "not-found");
        agency.owner().post("/api/v1/contacts/" + contactId + "/portal-links").expectProblem(404, "not-found");
    }

    @Test
    void eachAudiencesCredential_is401OnTheOthersRoutes() {
        JsonNode ada = agency.contact(clientId, "Au Dience");
        ApiClient contact = agency.owner().openPortal(agency.portalLink(ada.path("id").asText()));
        ApiClient apiKey = agency.apiKey("admin");

        agency.owner().get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
        apiKey.get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
        contact.get("/api/v1/me").expectProblem(401, "unauthenticated");
        contact.get("/api/v1/clients/" + clientId).expectProblem(401, "unauthenticated");
        // The same session ids under the other audience's cookie name: still refused, by the session's holder.
        agency.owner().withSession(contact.sessionId(), contact.csrfToken()).get("/api/v1/me")
                .expectProblem(401, "unauthenticated");
        agency.owner().withPortalSession(agency.owner().sessionId(), agency.owner().csrfToken())
                .get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
    }

    @Test
    void portalWrites_needTheSessionsCsrfToken() {
        ApiClient contact = agency.owner().openPortal(agency.portalLink(agency.contact(clientId, "Cs Rf")
                .path("id").asText()));

        contact.withPortalSession(contact.sessionId(), null).delete("/portal/api/v1/sessions/current")
                .expectProblem(403, "csrf-token-mismatch");
        contact.delete("/portal/api/v1/sessions/current").expect(204);
        contact.get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
    }

    @Test
    void offboardingTheClient_endsItsContactsSessions_andRefusesNewLinks() {
        String otherClient = agency.client("Leaving Co", "onboarding").path("id").asText();
        String contactId = agency.contact(otherClient, "Last Day").path("id").asText();
        ApiClient contact = agency.owner().openPortal(agency.portalLink(contactId));

        agency.move("clients", otherClient, "offboarded");

        contact.get("/portal/api/v1/me").expectProblem(401, "unauthenticated");
        agency.owner().post("/api/v1/contacts/" + contactId + "/portal-links")
                .expectProblem(409, "contact.client-offboarded");
    }

    @Test
    void anotherAgency_findsNoneOfTheContactsRoutes() {
        String contactId = agency.contact(clientId, "Pri Vate").path("id").asText();
        Agency intruder = PORTAL.newAgency();

        intruder.owner().get("/api/v1/contacts/" + contactId).expectProblem(404, "not-found");
        intruder.owner().patch("/api/v1/contacts/" + contactId, Map.of("name", "Stolen")).expectProblem(404, "not-found");
        intruder.owner().delete("/api/v1/contacts/" + contactId).expectProblem(404, "not-found");
        intruder.owner().post("/api/v1/contacts/" + contactId + "/portal-links").expectProblem(404, "not-found");
        intruder.owner().delete("/api/v1/contacts/" + contactId + "/portal-access").expectProblem(404, "not-found");
        intruder.owner().get("/api/v1/clients/" + clientId + "/contacts").expectProblem(404, "not-found");
        intruder.owner().post("/api/v1/clients/" + clientId + "/contacts", Map.of("name", "X", "email", "x@x.test"))
                .expectProblem(404, "not-found");
    }

    @Test
    void openingThePortal_isAuditedAsTheContact() {
        String contactId = agency.contact(clientId, "Aud It").path("id").asText();
        agency.owner().openPortal(agency.portalLink(contactId));

        JsonNode events = agency.owner().get("/api/v1/audit-events?entityType=contact&entityId=" + contactId)
                .expect(200).json();
        assertThat(events.path("items")).extracting(e -> e.path("action").asText() + " by " + e.path("actor").asText())
                .contains("contact.portal-opened by contact:" + contactId,
                        "contact.portal-link-issued by operator:" + agency.ownerId(),
                        "contact.added by operator:" + agency.ownerId());
    }

    @Test
    void aViewer_cannotIssueLinks() {
        String contactId = agency.contact(clientId, "View Only").path("id").asText();

        agency.operator("viewer").post("/api/v1/contacts/" + contactId + "/portal-links")
                .expectProblem(403, "forbidden");
    }
}
