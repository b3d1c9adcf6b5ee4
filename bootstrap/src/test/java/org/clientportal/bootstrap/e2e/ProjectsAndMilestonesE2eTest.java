package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.Json;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 5 of the issue: projects, their lifecycle under the client rules, and their milestones. */
class ProjectsAndMilestonesE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Agency agency;

    @BeforeAll
    static void registerAgency() {
        agency = PORTAL.newAgency();
    }

    @Test
    void aNewProjectIsPlanned_andWalksToCompletion() {
        String clientId = agency.client("Builder", "onboarding").path("id").asText();

        JsonNode project = agency.owner().post("/api/v1/projects", Map.of("clientId", clientId, "name", "Website",
                "description", "Relaunch", "startDate", "2026-01-12", "dueDate", "2026-04-30")).expect(201).json();

        assertThat(project.path("status").asText()).isEqualTo("planned");
        assertThat(project.path("clientId").asText()).isEqualTo(clientId);
        assertThat(project.path("dueDate").asText()).isEqualTo("2026-04-30");
        String id = project.path("id").asText();
        for (String to : List.of("active", "on_hold", "active", "in_review", "completed")) {
            assertThat(agency.move("projects", id, to).path("status").asText()).isEqualTo(to);
        }
    }

    @Test
    void aCompletedProject_isFinal_soAnyMoveIs409WithNoAllowedMoves() {
        String clientId = agency.client("Finisher", "onboarding").path("id").asText();
        JsonNode done = agency.project(clientId, "Done", "active", "in_review", "completed");

        JsonNode problem = agency.owner().post("/api/v1/projects/" + done.path("id").asText() + "/transitions",
                Map.of("to", "active")).expectProblem(409, "project.transition-not-allowed");

        assertThat(problem.path("current").asText()).isEqualTo("completed");
        assertThat(problem.path("allowed")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead", "paused", "offboarded"})
    void aProjectCannotGoActive_unlessItsClientIsOnboardingOrActive(String clientStatus) {
        String clientId = agency.client("Not engaged").path("id").asText();
        JsonNode project = agency.project(clientId, "Waiting");
        List<String> path = switch (clientStatus) {
            case "lead" -> List.of();
            case "paused" -> List.of("onboarding", "active", "paused");
            default -> List.of("offboarded");
        };
        path.forEach(to -> agency.move("clients", clientId, to));

        agency.owner().post("/api/v1/projects/" + project.path("id").asText() + "/transitions", Map.of("to", "active"))
                .expectProblem(409, "project.client-not-engaged");
    }

    @Test
    void aClientCannotBePaused_whileAProjectOfItsIsActive() {
        String clientId = agency.client("Busy", "onboarding", "active").path("id").asText();
        JsonNode project = agency.project(clientId, "Running", "active");

        agency.owner().post("/api/v1/clients/" + clientId + "/transitions", Map.of("to", "paused"))
                .expectProblem(409, "client.has-active-projects");

        agency.move("projects", project.path("id").asText(), "on_hold");
        agency.move("clients", clientId, "paused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", "on_hold", "in_review"})
    void aClientCannotBeOffboarded_whileAProjectOfItsIsOpen(String projectStatus) {
        String clientId = agency.client("Committed", "onboarding", "active").path("id").asText();
        JsonNode project = agency.project(clientId, "Open work", "active");
        if (!projectStatus.equals("active")) {
            project = agency.move("projects", project.path("id").asText(), projectStatus);
        }

        agency.owner().post("/api/v1/clients/" + clientId + "/transitions", Map.of("to", "offboarded"))
                .expectProblem(409, "client.has-open-projects");

        agency.move("projects", project.path("id").asText(), "cancelled");
        assertThat(agency.move("clients", clientId, "offboarded").path("status").asText()).isEqualTo("offboarded");
    }

    @Test
    void anOffboardedClient_getsNoNewProject() {
        String clientId = agency.client("Gone", "offboarded").path("id").asText();

        agency.owner().post("/api/v1/projects", Map.of("clientId", clientId, "name", "Too late"))
                .expectProblem(409, "project.client-offboarded");
    }

    @Test
    void aProjectForAnUnknownClient_is404_andWithoutAClient_is400() {
        agency.owner().post("/api/v1/projects", Map.of("clientId", "01890000-0000-7000-8000-000000000000",
                "name", "Orphan")).expectProblem(404, "not-found");
        agency.owner().post("/api/v1/projects", Map.of("name", "Orphan")).expectProblem(400, "validation");
    }

    @Test
    void puttingMilestones_replacesTheOrderedList_andGetShowsThemInOrder() {
        String clientId = agency.client("Planner", "onboarding").path("id").asText();
        String projectId = agency.project(clientId, "Planned work").path("id").asText();
        String path = "/api/v1/projects/" + projectId;
        List<String> keys = List.of("Workshop", "Interviews", "Mock-ups").stream()
                .map(title -> agency.task(projectId, title).path("key").asText()).toList();

        agency.owner().put(path + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "old", "title", "Replaced soon", "taskKeys", List.of())))).expect(200);
        JsonNode replaced = agency.owner().put(path + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "discovery", "title", "Discovery", "taskKeys", keys.subList(0, 2),
                        "dueDate", "2026-02-01"),
                Map.of("key", "design", "title", "Design sign-off", "taskKeys", keys.subList(2, 3)),
                Map.of("key", "launch", "title", "Launch", "taskKeys", List.of())))).expect(200).json();

        JsonNode read = agency.owner().get(path).expect(200).json();
        assertThat(read.path("milestones")).isEqualTo(replaced.path("milestones"));
        assertThat(read.path("milestones").findValuesAsText("key")).containsExactly("discovery", "design", "launch");
        assertThat(Json.texts(read.path("milestones").get(0).path("taskKeys"))).containsExactly("PLANNER-1", "PLANNER-2");
        assertThat(read.path("milestones").get(0).path("dueDate").asText()).isEqualTo("2026-02-01");
        assertThat(read.path("milestones").get(0).path("completedAt").isNull()).isTrue();
    }

    @Test
    void completingAMilestone_is200AndSetsCompletedAt_andAnUnknownKeyIs404() {
        String clientId = agency.client("Completer", "onboarding").path("id").asText();
        String projectId = agency.project(clientId, "With milestones").path("id").asText();
        String path = "/api/v1/projects/" + projectId;
        String key = agency.task(projectId, "Build").path("key").asText();
        agency.owner().put(path + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "first", "title", "First", "taskKeys", List.of(key)),
                Map.of("key", "second", "title", "Second", "taskKeys", List.of())))).expect(200);

        JsonNode completed = agency.owner().post(path + "/milestones/first/completion").expect(200).json();

        assertThat(completed.path("milestones").get(0).path("completedAt").asText()).isNotBlank();
        assertThat(completed.path("milestones").get(1).path("completedAt").isNull()).isTrue();
        agency.owner().post(path + "/milestones/nope/completion").expectProblem(404, "not-found");
        agency.owner().post(path + "/milestones/NOT%20A%20KEY/completion").expectProblem(404, "not-found");
    }

    @Test
    void aMilestonePlanWithBadEntries_is400NamingEachByPosition() {
        String clientId = agency.client("Sloppy", "onboarding").path("id").asText();
        String path = "/api/v1/projects/" + agency.project(clientId, "Messy").path("id").asText();

        JsonNode problem = agency.owner().put(path + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "ok", "title", "Fine", "taskKeys", List.of()),
                Map.of("key", "Bad Key", "title", "", "taskKeys", List.of("lowercase-1"), "dueDate", "someday"))))
                .expectProblem(400, "validation");

        assertThat(problem.path("errors").findValuesAsText("field")).contains("milestones[1].key",
                "milestones[1].title", "milestones[1].taskKeys[0]", "milestones[1].dueDate");
        assertThat(agency.owner().get(path).expect(200).json().path("milestones")).isEmpty();
    }
}
