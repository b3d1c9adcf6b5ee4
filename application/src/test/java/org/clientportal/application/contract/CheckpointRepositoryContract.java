package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.JobTargets;
import org.clientportal.domain.checkpoint.Cadence;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.junit.jupiter.api.Test;

/** Projects' checkpoints, moved on day by day, and the narrow path the job finds the due ones by. */
public abstract class CheckpointRepositoryContract extends StorageContract {

    private static final LocalDate MONDAY = LocalDate.parse("2026-01-05");

    private Project project(TenantId tenant) {
        ClientId client = newClient(tenant);
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    private Checkpoint planned(Project project, String title, Cadence cadence, LocalDate startsOn) {
        Checkpoint checkpoint = Checkpoint.plan(new CheckpointId(newId()), project.tenantId(), project.id(),
                project.clientId(), title, cadence, Visibility.CLIENT, startsOn, "operator:someone", at(1));
        inTenant(project.tenantId(), () -> ports.checkpoints().add(checkpoint));
        return checkpoint;
    }

    private List<CheckpointId> dueOf(TenantId tenant, LocalDate day) {
        return ports.transactions().outsideTenant(() -> ports.jobTargets().dueCheckpoints(day, 10_000)).stream()
                .filter(due -> due.tenantId().equals(tenant)).map(JobTargets.DueCheckpoint::checkpointId).toList();
    }

    @Test
    void aCheckpoint_isFoundWithEveryField_inItsTenantOnly() {
        TenantId tenant = newTenant();
        Project project = project(tenant);
        Checkpoint weekly = planned(project, "Status review", Cadence.weekly(DayOfWeek.FRIDAY), MONDAY);
        Checkpoint monthly = planned(project, "Monthly call", Cadence.monthly(28), MONDAY);

        assertThat(inTenant(tenant, () -> ports.checkpoints().find(tenant, weekly.id()))).contains(weekly);
        assertThat(inTenant(tenant, () -> ports.checkpoints().lock(tenant, monthly.id()))).contains(monthly);
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.checkpoints().find(other, weekly.id()))).isEmpty();
        assertThat(inTenant(other, () -> ports.checkpoints().ofProject(other, project.id()))).isEmpty();
    }

    @Test
    void aProjectsCheckpoints_comeSoonestFirst_moveOnFromTheDayTheyWereOn_andGo() {
        TenantId tenant = newTenant();
        Project project = project(tenant);
        Checkpoint monthly = planned(project, "Monthly call", Cadence.monthly(20), MONDAY);
        Checkpoint weekly = planned(project, "Status review", Cadence.weekly(DayOfWeek.FRIDAY), MONDAY);

        assertThat(inTenant(tenant, () -> ports.checkpoints().ofProject(tenant, project.id())))
                .containsExactly(weekly, monthly);
        Checkpoint moved = weekly.madeOn(weekly.nextOn());
        inTenant(tenant, () -> ports.checkpoints().advance(moved, weekly.nextOn()));
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant,
                () -> ports.checkpoints().advance(moved.madeOn(moved.nextOn()), weekly.nextOn())));
        inTenant(tenant, () -> ports.checkpoints().remove(tenant, monthly.id()));

        assertThat(inTenant(tenant, () -> ports.checkpoints().ofProject(tenant, project.id())))
                .extracting(Checkpoint::nextOn).containsExactly(LocalDate.parse("2026-01-16"));
    }

    @Test
    void theJob_findsTheCheckpointsDueByADay_acrossTenants_soonestFirst() {
        TenantId first = newTenant();
        TenantId second = newTenant();
        Checkpoint friday = planned(project(first), "Review", Cadence.weekly(DayOfWeek.FRIDAY), MONDAY);
        Checkpoint tuesday = planned(project(first), "Call", Cadence.weekly(DayOfWeek.TUESDAY), MONDAY);
        Checkpoint later = planned(project(second), "Later", Cadence.monthly(1), MONDAY);

        assertThat(dueOf(first, LocalDate.parse("2026-01-09"))).containsExactly(tuesday.id(), friday.id());
        assertThat(dueOf(first, MONDAY)).isEmpty();
        assertThat(dueOf(second, LocalDate.parse("2026-01-31"))).isEmpty();
        assertThat(dueOf(second, LocalDate.parse("2026-02-01"))).containsExactly(later.id());
    }
}
