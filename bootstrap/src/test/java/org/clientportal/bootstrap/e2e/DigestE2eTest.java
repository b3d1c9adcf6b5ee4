package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over HTTP, on PostgreSQL: an operator's digest of their due work and of what came in since yesterday. */
class DigestE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void anOperatorsDigest_holdsTheirTasksDueByTomorrow_andTheRequestsThatCameIn() {
        Agency agency = PORTAL.newAgency();
        String member = agency.addOperator("member").path("id").asText();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website", "active").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);
        for (String[] task : new String[][] {{"Overdue", TODAY.minusDays(2).toString()},
                {"Today", TODAY.toString()}, {"Later", TODAY.plusDays(9).toString()}}) {
            agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", task[0], "dueDate", task[1],
                    "assigneeId", member)).expect(201);
        }
        ApiClient ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada", "request")
                .path("id").asText()));
        ada.post("/portal/api/v1/requests", Map.of("kind", "question", "title", "Blog?")).expect(201);

        JsonNode digest = agency.owner().get("/api/v1/digest?operatorId=" + member).expect(200).json();

        assertThat(digest.path("operator").path("id").asText()).isEqualTo(member);
        assertThat(digest.path("day").asText()).isEqualTo(TODAY.toString());
        assertThat(digest.path("due").findValuesAsText("title")).containsExactly("Overdue", "Today");
        assertThat(digest.path("due").get(0).path("overdue").asBoolean()).isTrue();
        assertThat(digest.path("arrived").findValuesAsText("title")).containsExactly("Blog?");
        assertThat(digest.path("atRisk").isArray()).isTrue();
        assertThat(agency.owner().get("/api/v1/digest").expect(200).json().path("due")).isEmpty();
        agency.owner().get("/api/v1/digest?operatorId=nope").expectProblem(400, "validation");
        PORTAL.newAgency().owner().get("/api/v1/digest?operatorId=" + member).expectProblem(404, "not-found");
    }
}
