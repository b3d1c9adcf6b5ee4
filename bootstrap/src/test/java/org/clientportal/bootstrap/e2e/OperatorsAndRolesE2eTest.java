package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Step 8 of the issue: the agency's team, its roles, and the last owner who cannot go. */
class OperatorsAndRolesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    @Test
    void addingOperators_withEachRole_is201_andTheyCanSignIn() {
        Agency agency = PORTAL.newAgency();

        for (String role : List.of("owner", "admin", "member", "viewer")) {
            JsonNode added = agency.addOperator(role);
            assertThat(added.path("role").asText()).isEqualTo(role);
            assertThat(added.has("password")).isFalse();
            assertThat(added.has("passwordHash")).isFalse();
            agency.owner().signIn(agency.slug(), added.path("email").asText(), Agency.PASSWORD)
                    .get("/api/v1/me").expect(200);
        }
        JsonNode team = agency.owner().get("/api/v1/operators").expect(200).json().path("items");
        assertThat(team.findValuesAsText("role")).containsExactlyInAnyOrder("owner", "owner", "admin", "member", "viewer");
    }

    @Test
    void addingAnOperatorWithBadFieldsOrATakenEmail_isRefused() {
        Agency agency = PORTAL.newAgency();

        JsonNode problem = agency.owner().post("/api/v1/operators", Map.of("email", "nope", "name", "",
                "role", "superuser", "password", "short")).expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).contains("email", "name", "role", "password");
        agency.owner().post("/api/v1/operators", Map.of("email", agency.ownerEmail(), "name", "Twin",
                "role", "member", "password", Agency.PASSWORD)).expectClientErrorProblem();
        assertThat(agency.owner().get("/api/v1/operators").expect(200).json().path("items")).hasSize(1);
    }

    @Test
    void patchingAnOperator_changesRoleAndName_andTheNewRoleAppliesOnTheirNextRequest() {
        Agency agency = PORTAL.newAgency();
        JsonNode member = agency.addOperator("member");
        ApiClient memberSession = agency.owner().signIn(agency.slug(), member.path("email").asText(), Agency.PASSWORD);
        memberSession.post("/api/v1/clients", Map.of("name", "Allowed")).expect(201);

        JsonNode changed = agency.owner().patch("/api/v1/operators/" + member.path("id").asText(),
                Map.of("role", "viewer", "name", "Vera Viewer")).expect(200).json();

        assertThat(changed.path("role").asText()).isEqualTo("viewer");
        assertThat(changed.path("name").asText()).isEqualTo("Vera Viewer");
        memberSession.post("/api/v1/clients", Map.of("name", "No longer")).expectProblem(403, "forbidden");
    }

    @Test
    void removingAnOperator_is204_andEndsTheirSessions() {
        Agency agency = PORTAL.newAgency();
        JsonNode admin = agency.addOperator("admin");
        ApiClient adminSession = agency.owner().signIn(agency.slug(), admin.path("email").asText(), Agency.PASSWORD);

        agency.owner().delete("/api/v1/operators/" + admin.path("id").asText()).expect(204);

        adminSession.get("/api/v1/me").expectProblem(401, "unauthenticated");
        assertThat(agency.owner().get("/api/v1/operators").expect(200).json().path("items")).hasSize(1);
        agency.owner().delete("/api/v1/operators/" + admin.path("id").asText()).expectProblem(404, "not-found");
    }

    @Test
    void theLastOwner_cannotBeDemotedOrRemoved_butOneOfTwoOwnersCan() {
        Agency agency = PORTAL.newAgency();
        String self = "/api/v1/operators/" + agency.ownerId();

        agency.owner().patch(self, Map.of("role", "admin")).expectProblem(409, "operator.last-owner");
        agency.owner().delete(self).expectProblem(409, "operator.last-owner");

        JsonNode second = agency.addOperator("owner");
        ApiClient secondOwner = agency.owner().signIn(agency.slug(), second.path("email").asText(), Agency.PASSWORD);
        secondOwner.patch(self, Map.of("role", "admin")).expect(200);
        secondOwner.patch("/api/v1/operators/" + second.path("id").asText(), Map.of("role", "member"))
                .expectProblem(409, "operator.last-owner");
        secondOwner.delete("/api/v1/operators/" + second.path("id").asText()).expectProblem(409, "operator.last-owner");
    }

    @Test
    void anAdmin_cannotGrantOrTakeTheOwnerRole() {
        Agency agency = PORTAL.newAgency();
        ApiClient admin = agency.operator("admin");

        admin.post("/api/v1/operators", Map.of("email", "boss@" + agency.slug() + ".test", "name", "Boss",
                "role", "owner", "password", Agency.PASSWORD)).expectProblem(403, "operator.owner-only");
        admin.patch("/api/v1/operators/" + agency.ownerId(), Map.of("role", "member"))
                .expectProblem(403, "operator.owner-only");
        admin.delete("/api/v1/operators/" + agency.ownerId()).expectProblem(403, "operator.owner-only");
        admin.post("/api/v1/operators", Map.of("email", "va@" + agency.slug() + ".test", "name", "Assistant",
                "role", "member", "password", Agency.PASSWORD)).expect(201);
    }

    @Test
    void aViewer_readsEverything_butCannotWrite() {
        Agency agency = PORTAL.newAgency();
        JsonNode client = agency.client("Watched", "onboarding");
        String clientPath = "/api/v1/clients/" + client.path("id").asText();
        JsonNode project = agency.project(client.path("id").asText(), "Watched project");
        String projectPath = "/api/v1/projects/" + project.path("id").asText();
        ApiClient viewer = agency.operator("viewer");

        viewer.get("/api/v1/clients").expect(200);
        viewer.get(clientPath).expect(200);
        viewer.get(projectPath).expect(200);
        viewer.get("/api/v1/operators").expect(200);

        viewer.post("/api/v1/clients", Map.of("name", "Nope")).expectProblem(403, "forbidden");
        viewer.patch(clientPath, Map.of("name", "Nope")).expectProblem(403, "forbidden");
        viewer.post(clientPath + "/transitions", Map.of("to", "active")).expectProblem(403, "forbidden");
        viewer.post("/api/v1/projects", Map.of("clientId", client.path("id").asText(), "name", "Nope"))
                .expectProblem(403, "forbidden");
        viewer.patch(projectPath, Map.of("name", "Nope")).expectProblem(403, "forbidden");
        viewer.post(projectPath + "/transitions", Map.of("to", "active")).expectProblem(403, "forbidden");
        viewer.put(projectPath + "/milestones", Map.of("milestones", List.of())).expectProblem(403, "forbidden");
        assertThat(agency.owner().get(clientPath).expect(200).json().path("version").asLong())
                .isEqualTo(client.path("version").asLong());
    }

    @Test
    void aMember_worksOnClients_butCannotManageOperatorsOrKeys() {
        Agency agency = PORTAL.newAgency();
        ApiClient member = agency.operator("member");
        String ownerPath = "/api/v1/operators/" + agency.ownerId();
        String keyId = agency.owner().post("/api/v1/api-keys", Map.of("name", "owner's")).expect(201).json()
                .path("id").asText();

        member.post("/api/v1/clients", Map.of("name", "Member's client")).expect(201);

        member.post("/api/v1/operators", Map.of("email", "x@" + agency.slug() + ".test", "name", "X",
                "role", "viewer", "password", Agency.PASSWORD)).expectProblem(403, "forbidden");
        member.patch(ownerPath, Map.of("name", "Hacked")).expectProblem(403, "forbidden");
        member.delete(ownerPath).expectProblem(403, "forbidden");
        member.post("/api/v1/api-keys", Map.of("name", "mine")).expectProblem(403, "forbidden");
        member.get("/api/v1/api-keys").expectProblem(403, "forbidden");
        member.delete("/api/v1/api-keys/" + keyId).expectProblem(403, "forbidden");
    }
}
