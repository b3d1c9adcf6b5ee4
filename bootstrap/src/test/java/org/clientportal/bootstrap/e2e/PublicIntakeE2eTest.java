package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 3 of the issue: a prospect fills in the agency's public form and the agency gets a lead. */
class PublicIntakeE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void submittingTheForm_is202_andCreatesALeadWithThatNameEmailAndCompany() {
        Agency agency = PORTAL.newAgency();

        PORTAL.anonymous().post("/api/v1/public/" + agency.slug() + "/intake", Map.of("name", "Priya Prospect",
                "email", "priya@globex.test", "company", "Globex", "message", "We need a new website")).expect(202);

        JsonNode leads = agency.owner().get("/api/v1/clients?status=lead&q=priya").expect(200).json().path("items");
        assertThat(leads).hasSize(1);
        JsonNode lead = leads.get(0);
        assertThat(lead.path("name").asText()).isEqualTo("Priya Prospect");
        assertThat(lead.path("email").asText()).isEqualTo("priya@globex.test");
        assertThat(lead.path("company").asText()).isEqualTo("Globex");
        assertThat(lead.path("status").asText()).isEqualTo("lead");
        assertThat(lead.path("intakeMessage").asText()).isEqualTo("We need a new website");
    }

    @Test
    void theLeadLandsInThatAgencyOnly() {
        Agency agency = PORTAL.newAgency();
        Agency other = PORTAL.newAgency();

        PORTAL.anonymous().post("/api/v1/public/" + agency.slug() + "/intake",
                Map.of("name", "Only Mine", "email", "only@mine.test")).expect(202);

        assertThat(agency.owner().get("/api/v1/clients?q=only@mine").expect(200).json().path("items")).hasSize(1);
        assertThat(other.owner().get("/api/v1/clients?q=only@mine").expect(200).json().path("items")).isEmpty();
    }

    @Test
    void anUnknownAgency_is404() {
        PORTAL.anonymous().post("/api/v1/public/no-such-agency/intake",
                Map.of("name", "Lost", "email", "lost@nowhere.test")).expectProblem(404, "not-found");
    }

    @Test
    void aMissingNameOrBadEmail_is400NamingTheFields() {
        Agency agency = PORTAL.newAgency();

        JsonNode problem = PORTAL.anonymous().post("/api/v1/public/" + agency.slug() + "/intake",
                Map.of("email", "not-an-email")).expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).contains("name", "email");
        assertThat(agency.owner().get("/api/v1/clients").expect(200).json().path("items")).isEmpty();
    }
}
