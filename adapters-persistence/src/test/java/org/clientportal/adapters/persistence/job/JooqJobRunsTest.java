package org.clientportal.adapters.persistence.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.persistence.testing.TestDatabase;
import org.clientportal.application.job.JobOutcome;
import org.clientportal.application.job.JobRun;
import org.clientportal.application.job.JobRunSort;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.shared.ListScope;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The record of runs and the jobs' one read across tenants, on PostgreSQL as the runtime role. */
class JooqJobRunsTest {

    @RegisterExtension
    static final TestDatabase DATABASE = new TestDatabase();

    private static final Instant T0 = Instant.parse("2026-01-05T03:00:00Z");

    private final PostgresPersistence db = DATABASE.persistence();

    private TenantId tenant(String slug) {
        TenantId id = new TenantId(UUID.randomUUID());
        db.transactions().inTenant(id, () -> {
            db.tenants().add(new Tenant(id, slug, new TenantSlug(slug), T0));
            return null;
        });
        return id;
    }

    private Client client(TenantId tenant, String prefix, Instant at, ClientStatus status) {
        Client lead = Client.create(new ClientId(UUID.randomUUID()), tenant, new ClientProfile("Lead " + prefix,
                Optional.empty(), Optional.empty(), Optional.empty()), new TaskKeyPrefix(prefix), ClientSource.MANUAL,
                Optional.empty(), at);
        Client stored = status == ClientStatus.LEAD ? lead : lead.transitionTo(status, at);
        db.transactions().inTenant(tenant, () -> {
            db.clients().add(stored);
            return null;
        });
        return stored;
    }

    @Test
    void aSlot_isBegunOnce_endedWithItsOutcome_andListedWithEachTenantsOwnCounts() {
        TenantId a = tenant("jobs-a");
        TenantId b = tenant("jobs-b");
        String job = "test-job-" + UUID.randomUUID();
        Optional<UUID> run = db.transactions().outsideTenant(() -> db.jobRuns().begin(job, T0, T0, "replica-1"));
        Optional<UUID> again = db.transactions().outsideTenant(() -> db.jobRuns().begin(job, T0, T0, "replica-2"));
        db.transactions().inTenant(a, () -> {
            db.jobRuns().countFor(a, run.orElseThrow(), Map.of("offboarded", 2L));
            return null;
        });
        db.transactions().outsideTenant(() -> {
            db.jobRuns().end(run.orElseThrow(), T0.plusSeconds(5), JobOutcome.SUCCEEDED, Map.of("offboarded", 2L),
                    Optional.empty());
            return null;
        });

        assertThat(run).isPresent();
        assertThat(again).isEmpty();
        JobRun seenByA = runs(a).stream().filter(r -> r.job().equals(job)).findFirst().orElseThrow();
        JobRun seenByB = runs(b).stream().filter(r -> r.job().equals(job)).findFirst().orElseThrow();
        assertThat(seenByA.counts()).isEqualTo(Map.of("offboarded", 2L));
        assertThat(seenByA.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(seenByA.finishedAt()).contains(T0.plusSeconds(5));
        assertThat(seenByA.ranBy()).isEqualTo("replica-1");
        assertThat(seenByB.counts()).isEmpty();
    }

    @Test
    void staleLeads_areFoundAcrossTenants_byIdOnly_oldestFirst() {
        TenantId a = tenant("stale-a");
        TenantId b = tenant("stale-b");
        Client oldest = client(a, "SA", T0.minusSeconds(300), ClientStatus.LEAD);
        Client older = client(b, "SB", T0.minusSeconds(200), ClientStatus.LEAD);
        client(a, "SC", T0.minusSeconds(250), ClientStatus.ONBOARDING);
        client(b, "SD", T0.plusSeconds(10), ClientStatus.LEAD);

        List<JobTargets.StaleLead> leads = db.transactions().outsideTenant(() -> db.jobTargets().staleLeads(T0, 100));

        assertThat(leads).containsSubsequence(new JobTargets.StaleLead(a, oldest.id()),
                new JobTargets.StaleLead(b, older.id()));
        assertThat(leads).extracting(JobTargets.StaleLead::clientId).doesNotContainNull()
                .hasSize(2);
    }

    private List<JobRun> runs(TenantId tenant) {
        PageRequest<JobRunSort> page = new PageRequest<>(50, Sort.descending(JobRunSort.STARTED_AT),
                ListScope.of("test", tenant, Sort.descending(JobRunSort.STARTED_AT).wireName(), ""), Optional.empty());
        return db.transactions().inTenant(tenant, () -> db.jobRuns().list(tenant, page)).items();
    }
}
