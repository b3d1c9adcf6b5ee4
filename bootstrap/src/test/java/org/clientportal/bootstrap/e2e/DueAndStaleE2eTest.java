package org.clientportal.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Over HTTP, on PostgreSQL: open tasks and milestones coming due, and leads, projects and tasks gone stale. */
class DueAndStaleE2eTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private Agency agency;
    private String acme;
    private String site;

    @BeforeEach
    void anAgencyWithAProject() {
        agency = PORTAL.newAgency();
        acme = agency.client("Acme", "onboarding").path("id").asText();
        site = agency.project(acme, "Website").path("id").asText();
    }

    private String taskDue(String title, LocalDate due) {
        return agency.owner().post("/api/v1/tasks", Map.of("projectId", site, "title", title, "dueDate", due.toString()))
                .expect(201).json().path("key").asText();
    }

    /** As if nobody had touched the record for that many days. */
    private void untouchedFor(String table, String id, int days) throws SQLException {
        try (Connection admin = PORTAL.connectAsAdmin();
             PreparedStatement update = admin.prepareStatement("update portal." + table
                     + " set updated_at = now() - make_interval(days => ?) where id = ?")) {
            update.setInt(1, days);
            update.setObject(2, UUID.fromString(id));
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void openTasksAndMilestones_comingDue_areListedSoonestFirst() {
        String soon = taskDue("Copy", TODAY.plusDays(2));
        String later = taskDue("Launch prep", TODAY.plusDays(20));
        String done = taskDue("Kick-off", TODAY.plusDays(1));
        agency.move("tasks", done, "done");
        agency.owner().put("/api/v1/projects/" + site + "/milestones", Map.of("milestones", List.of(
                Map.of("key", "beta", "title", "Beta", "taskKeys", List.of(soon), "dueDate", TODAY.plusDays(4).toString()))))
                .expect(200);

        JsonNode week = agency.owner().get("/api/v1/due").expect(200).json().path("items");
        assertThat(week.findValuesAsText("key")).containsExactly(soon, "beta");
        assertThat(week.get(1).path("type").asText()).isEqualTo("milestone");
        assertThat(week.get(1).path("projectId").asText()).isEqualTo(site);
        assertThat(agency.owner().get("/api/v1/due?within=30d").expect(200).json().path("items")
                .findValuesAsText("key")).containsExactly(soon, "beta", later);
        JsonNode first = agency.owner().get("/api/v1/due?within=30d&limit=2").expect(200).json();
        assertThat(agency.owner().get("/api/v1/due?within=30d&limit=2&cursor=" + first.path("nextCursor").asText())
                .expect(200).json().path("items").findValuesAsText("key")).containsExactly(later);

        agency.owner().get("/api/v1/due?within=7").expectProblem(400, "validation");
        agency.owner().get("/api/v1/due?within=400d").expectProblem(400, "validation");
        agency.owner().get("/api/v1/due?within=7d&cursor=" + first.path("nextCursor").asText())
                .expectProblem(400, "validation");
        agency.owner().get("/api/v1/due?sort=-dueDate").expectProblem(400, "validation");
    }

    @Test
    void leadsProjectsAndTasksNobodyTouched_areListedLongestUntouchedFirst() throws SQLException {
        String lead = agency.client("Initech").path("id").asText();
        String task = agency.task(site, "Sitemap").path("id").asText();
        agency.task(site, "Fresh");
        untouchedFor("clients", lead, 40);
        untouchedFor("projects", site, 30);
        untouchedFor("tasks", task, 20);
        untouchedFor("clients", acme, 50);

        JsonNode stale = agency.owner().get("/api/v1/stale").expect(200).json().path("items");
        assertThat(stale.findValuesAsText("type")).containsExactly("client", "project", "task");
        assertThat(stale.findValuesAsText("id")).containsExactly(lead, site, task);
        assertThat(agency.owner().get("/api/v1/stale?days=35").expect(200).json().path("items")
                .findValuesAsText("id")).containsExactly(lead);

        agency.owner().get("/api/v1/stale?days=0").expectProblem(400, "validation");
        agency.owner().get("/api/v1/stale?days=two").expectProblem(400, "validation");
        agency.owner().get("/api/v1/stale?when=now").expectProblem(400, "validation");
    }
}
