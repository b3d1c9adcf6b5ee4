package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.clientportal.application.job.Job;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.ApiClient;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over HTTP, on PostgreSQL: a project's weekly checkpoint, made a task on its day by the scheduled job. */
class RecurringCheckpointsJobTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Job job() {
        return PORTAL.portal().features().jobs().jobs().stream()
                .filter(j -> j.name().equals("recurring-checkpoints")).findFirst().orElseThrow();
    }

    @Test
    void aWeeklyCheckpoint_becomesAClientVisibleTaskOnItsDay_once_andMovesOnAWeek() {
        Instant now = Instant.now();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        String weekday = today.getDayOfWeek().name().toLowerCase(Locale.ROOT);
        Agency agency = PORTAL.newAgency();
        String acme = agency.client("Acme", "onboarding").path("id").asText();
        String site = agency.project(acme, "Website", "active").path("id").asText();
        agency.owner().patch("/api/v1/projects/" + site, Map.of("visibility", "client")).expect(200);

        JsonNode planned = agency.owner().post("/api/v1/projects/" + site + "/checkpoints", Map.of("title",
                "Status review", "every", "week", "on", weekday, "visibility", "client")).expect(201).json();
        assertThat(planned.path("nextOn").asText()).isEqualTo(today.toString());
        assertThat(agency.owner().get("/api/v1/audit-events?entityType=project&entityId=" + site).expect(200).json()
                .path("items").findValuesAsText("action")).contains("checkpoint.planned");

        assertThat(PORTAL.portal().features().jobs().runJob().run(job(), now)).contains(JobOutcome.SUCCEEDED);
        assertThat(PORTAL.portal().features().jobs().runJob().run(job(), now)).isEmpty();

        JsonNode tasks = agency.owner().get("/api/v1/tasks?projectId=" + site).expect(200).json().path("items");
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.path("title").asText()).isEqualTo("Status review (" + today + ")");
            assertThat(task.path("dueDate").asText()).isEqualTo(today.toString());
            assertThat(task.path("source").asText()).isEqualTo("checkpoint");
        });
        ApiClient ada = agency.owner().openPortal(agency.portalLink(agency.contact(acme, "Ada").path("id").asText()));
        assertThat(ada.get("/portal/api/v1/tasks").expect(200).json().path("items").findValuesAsText("title"))
                .containsExactly("Status review (" + today + ")");
        assertThat(agency.operator("viewer").get("/api/v1/projects/" + site + "/checkpoints").expect(200).json()
                .path("items").findValuesAsText("nextOn")).containsExactly(today.plusWeeks(1).toString());

        String id = planned.path("id").asText();
        agency.owner().delete("/api/v1/checkpoints/" + id).expect(204);
        agency.owner().delete("/api/v1/checkpoints/" + id).expectProblem(404, "not-found");
        assertThat(agency.owner().get("/api/v1/projects/" + site + "/checkpoints").expect(200).json().path("items"))
                .isEmpty();
        assertThat(agency.owner().get("/api/v1/tasks?projectId=" + site).expect(200).json().path("items")).hasSize(1);
    }

    @Test
    void badCheckpoints_areRefused_withWhatWasWrong() {
        Agency agency = PORTAL.newAgency();
        String site = agency.project(agency.client("Acme", "onboarding").path("id").asText(), "Website", "active")
                .path("id").asText();
        String path = "/api/v1/projects/" + site + "/checkpoints";

        JsonNode problem = agency.owner().post(path, Map.of("title", "", "every", "fortnight", "on", "friday"))
                .expectProblem(400, "validation");
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("title", "every");
        assertThat(agency.owner().post(path, Map.of("title", "Call", "every", "month", "on", "31"))
                .expectProblem(400, "validation").path("errors").findValuesAsText("field"))
                .containsExactly("on");
        agency.operator("viewer").post(path, Map.of("title", "Call", "every", "week", "on", "friday"))
                .expectProblem(403, "forbidden");
        PORTAL.newAgency().owner().post(path, Map.of("title", "Call", "every", "week", "on", "friday"))
                .expectProblem(404, "not-found");
        PORTAL.newAgency().owner().get(path).expectProblem(404, "not-found");
        for (int i = 0; i < 20; i++) {
            agency.owner().post(path, Map.of("title", "Review " + i, "every", "month", "on", "1")).expect(201);
        }
        agency.owner().post(path, Map.of("title", "One more", "every", "month", "on", "2"))
                .expectProblem(409, "checkpoint.too-many");
    }
}
