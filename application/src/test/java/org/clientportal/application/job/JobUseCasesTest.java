package org.clientportal.application.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.sla.BusinessHoursCommand;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.junit.jupiter.api.Test;

/** The scheduled jobs over the fakes: what each does, and each slot run once. */
class JobUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final JobFeature jobs = agency.features.jobs;

    private Job job(String name) {
        return jobs.jobs().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void leadsUntouchedFor60Days_areOffboardedAsStale_byTheJob_inEveryAgency() {
        Client stale = agency.client("Quiet lead");
        Client engaged = agency.clientIn("onboarding");
        TestAgency other = new TestAgency(agency.fakes);
        Client theirs = other.client("Their quiet lead");
        agency.fakes.clock.advance(Duration.ofDays(45));
        Client touched = agency.client("Recent lead");
        agency.fakes.clock.advance(Duration.ofDays(16));
        Instant slot = agency.fakes.clock.now();

        Optional<JobOutcome> outcome = jobs.runJob().run(job(OffboardStaleLeads.NAME), slot);

        assertThat(outcome).contains(JobOutcome.SUCCEEDED);
        assertThat(agency.fakes.clients.find(agency.owner.tenantId(), stale.id()).orElseThrow().status())
                .isEqualTo(ClientStatus.OFFBOARDED);
        assertThat(agency.fakes.clients.find(other.owner.tenantId(), theirs.id()).orElseThrow().status())
                .isEqualTo(ClientStatus.OFFBOARDED);
        assertThat(agency.fakes.clients.find(agency.owner.tenantId(), touched.id()).orElseThrow().status())
                .isEqualTo(ClientStatus.LEAD);
        assertThat(agency.fakes.clients.find(agency.owner.tenantId(), engaged.id()).orElseThrow().status())
                .isEqualTo(ClientStatus.ONBOARDING);
        AuditEvent event = agency.fakes.auditTrail.all().stream()
                .filter(e -> e.entityId().equals(stale.id().toString()) && e.action().equals("client.transitioned"))
                .findFirst().orElseThrow();
        assertThat(event.actor()).isEqualTo("system:stale-leads");
        assertThat(event.after().orElseThrow()).containsEntry("reason", "stale lead");
        JobRun run = jobs.listJobRuns().execute(agency.owner, new PageInput(null, null, null)).items().get(0);
        assertThat(run.counts()).isEqualTo(Map.of("offboarded", 1L));
        assertThat(run.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(run.finishedAt()).isPresent();
    }

    @Test
    void atSevenInEachAgencysTimeZone_everyOperatorsDigestIsSentThroughTheHub_once() {
        Actor member = agency.operatorWithRole("member");
        TestAgency berlin = new TestAgency(agency.fakes);
        berlin.features.sla.setBusinessHours().execute(berlin.owner, new BusinessHoursCommand("Europe/Berlin",
                List.of("monday", "tuesday", "wednesday", "thursday", "friday"), "09:00", "17:00", List.of(),
                Optional.empty()));
        Job digests = job("daily-digest");

        jobs.runJob().run(digests, Instant.parse("2026-01-06T06:00:00Z"));
        List<Notification> atSixUtc = sentDigests();
        jobs.runJob().run(digests, Instant.parse("2026-01-06T07:00:00Z"));
        List<Notification> atSevenUtc = sentDigests();
        jobs.runJob().run(digests, Instant.parse("2026-01-06T07:00:00Z"));

        assertThat(atSixUtc).extracting(n -> n.tenantId()).containsOnly(berlin.owner.tenantId()).hasSize(1);
        assertThat(atSevenUtc).hasSize(3);
        assertThat(sentDigests()).hasSize(3);
        assertThat(atSevenUtc).filteredOn(n -> n.tenantId().equals(agency.owner.tenantId()))
                .extracting(n -> n.payload().get("operatorId"))
                .containsExactlyInAnyOrder(TestAgency.operatorIdOf(agency.owner), TestAgency.operatorIdOf(member));
        assertThat(atSevenUtc.get(0).payload()).containsKeys("day", "due", "overdue", "atRisk", "arrived", "email");
    }

    @Test
    void theOutboxSweeper_removesEventsDeliveredOver30DaysAgo_neverAPendingOne() {
        Instant slot = Instant.parse("2026-03-01T04:30:00Z");
        Notification old = delivered(slot.minus(Duration.ofDays(31)));
        Notification recent = delivered(slot.minus(Duration.ofDays(29)));
        Notification pending = event(slot.minus(Duration.ofDays(90)));

        jobs.runJob().run(job("outbox-sweeper"), slot);

        assertThat(agency.fakes.outbox.all()).extracting(e -> e.notification().id())
                .containsExactlyInAnyOrder(recent.id(), pending.id()).doesNotContain(old.id());
        JobRun run = jobs.listJobRuns().execute(agency.owner, new PageInput(null, null, null)).items().get(0);
        assertThat(run.counts()).isEqualTo(Map.of("notificationsRemoved", 1L));
    }

    private Notification event(Instant at) {
        Notification n = new Notification(UUID.randomUUID(), agency.owner.tenantId(), NotificationType.UPDATE_POSTED,
                Optional.empty(), Map.of(), at);
        agency.fakes.transactions.inTenant(agency.owner.tenantId(), () -> {
            agency.fakes.outbox.add(n);
            return null;
        });
        return n;
    }

    private Notification delivered(Instant at) {
        Notification n = event(at);
        agency.fakes.transactions.outsideTenant(() -> {
            agency.fakes.outbox.delivered(n.tenantId(), n.id(), at);
            return null;
        });
        return n;
    }

    private List<Notification> sentDigests() {
        return agency.fakes.outbox.all().stream().map(e -> e.notification())
                .filter(n -> n.type() == NotificationType.DAILY_DIGEST).toList();
    }

    @Test
    void aSlot_isRunOnce_however_oftenTheSchedulerAsks_andAFailureIsRecorded() {
        Instant slot = Instant.parse("2026-01-06T03:00:00Z");
        int[] ran = {0};
        Job counting = new Job() {
            @Override
            public String name() {
                return "counting";
            }

            @Override
            public Map<String, Long> run(UUID runId, Instant at) {
                ran[0]++;
                return Map.of("ran", 1L);
            }
        };
        Job failing = new Job() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public Map<String, Long> run(UUID runId, Instant at) {
                throw new IllegalStateException("the store is away");
            }
        };

        assertThat(jobs.runJob().run(counting, slot)).contains(JobOutcome.SUCCEEDED);
        assertThat(jobs.runJob().run(counting, slot)).isEmpty();
        assertThat(jobs.runJob().run(counting, slot.plus(Duration.ofDays(1)))).contains(JobOutcome.SUCCEEDED);
        assertThat(ran[0]).isEqualTo(2);
        assertThat(jobs.runJob().run(failing, slot)).contains(JobOutcome.FAILED);
        assertThat(agency.fakes.jobRuns.all()).filteredOn(r -> r.job().equals("failing"))
                .extracting(JobRun::outcome).containsExactly(JobOutcome.FAILED);
    }
}
