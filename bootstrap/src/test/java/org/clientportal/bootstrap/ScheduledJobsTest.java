package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.job.Job;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.bootstrap.e2e.support.Agency;
import org.clientportal.bootstrap.e2e.support.PortalUnderTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scheduled jobs in a running portal, on PostgreSQL: registered with the scheduler at start, each
 * run recorded and listed, the stale-leads job audited as itself; a worker runs them with no HTTP API.
 */
class ScheduledJobsTest {

    @RegisterExtension
    static final PortalUnderTest PORTAL = PortalUnderTest.onTestRedis();

    private static Job job(String name) {
        return PORTAL.portal().features().jobs().jobs().stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void theDailyJobs_areScheduled_from3To4_30Utc_andTheDigestsEveryHourOnTheHour() throws Exception {
        Map<String, Instant> due = new HashMap<>();
        try (Connection admin = PORTAL.connectAsAdmin();
             PreparedStatement query = admin.prepareStatement(
                     "select task_name, execution_time from jobs.scheduled_tasks");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                due.put(rows.getString(1), rows.getTimestamp(2).toInstant());
            }
        }

        assertThat(due).containsOnlyKeys("stale-leads", "stale-attachments", "daily-digest", "sla-alerts",
                "recurring-checkpoints", "outbox-sweeper");
        assertThat(due.get("sla-alerts").atZone(ZoneOffset.UTC).getMinute() % 5).isZero();
        assertThat(due.get("daily-digest").atZone(ZoneOffset.UTC)).satisfies(at -> {
            assertThat(at.getMinute()).isZero();
            assertThat(at.getSecond()).isZero();
        });
        assertThat(due.get("stale-leads").atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
        assertThat(due.get("stale-attachments").atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(4, 0));
        assertThat(due.get("recurring-checkpoints").atZone(ZoneOffset.UTC).toLocalTime())
                .isEqualTo(LocalTime.of(4, 15));
        assertThat(due.get("outbox-sweeper").atZone(ZoneOffset.UTC).toLocalTime()).isEqualTo(LocalTime.of(4, 30));
    }

    @Test
    void theStaleLeadsJob_offboardsALeadUntouchedFor60Days_asItself_andItsRunIsListed() throws Exception {
        Agency agency = PORTAL.newAgency();
        String stale = agency.client("Quiet lead").path("id").asText();
        String fresh = agency.client("New lead").path("id").asText();
        try (Connection admin = PORTAL.connectAsAdmin();
             PreparedStatement age = admin.prepareStatement(
                     "update portal.clients set updated_at = now() - interval '61 days' where id = ?")) {
            age.setObject(1, UUID.fromString(stale));
            age.executeUpdate();
        }
        Instant slot = Instant.now();

        Optional<JobOutcome> first = PORTAL.portal().features().jobs().runJob().run(job("stale-leads"), slot);
        Optional<JobOutcome> again = PORTAL.portal().features().jobs().runJob().run(job("stale-leads"), slot);

        assertThat(first).contains(JobOutcome.SUCCEEDED);
        assertThat(again).as("the slot ran already").isEmpty();
        assertThat(agency.owner().get("/api/v1/clients/" + stale).expect(200).json().path("status").asText())
                .isEqualTo("offboarded");
        assertThat(agency.owner().get("/api/v1/clients/" + fresh).expect(200).json().path("status").asText())
                .isEqualTo("lead");
        JsonNode transitioned = agency.owner().get("/api/v1/audit-events?entityType=client&entityId=" + stale)
                .expect(200).json().path("items").get(0);
        assertThat(transitioned.path("actor").asText()).isEqualTo("system:stale-leads");
        assertThat(transitioned.path("after").path("reason").asText()).isEqualTo("stale lead");
        JsonNode run = agency.operator("viewer").get("/api/v1/job-runs").expect(200).json().path("items").get(0);
        assertThat(run.path("job").asText()).isEqualTo("stale-leads");
        assertThat(run.path("outcome").asText()).isEqualTo("succeeded");
        assertThat(run.path("counts").path("offboarded").asInt()).isEqualTo(1);
        assertThat(PORTAL.newAgency().owner().get("/api/v1/job-runs").expect(200).json().path("items").get(0)
                .path("counts").isEmpty()).as("another agency sees the run, not what it did here").isTrue();
    }

    @Test
    void aWorker_runsTheScheduler_andServesNoHttp() {
        try (Portal worker = Portal.startWorker(PORTAL.portal().config().withJobs(false))) {
            assertThat(worker.port()).isZero();
            assertThat(worker.config().jobs()).isTrue();
        }
    }
}
