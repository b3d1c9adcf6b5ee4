package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaTarget;
import org.clientportal.domain.sla.TimeSpan;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** An agency's business hours and targets, and request clocks with their stops. */
public abstract class SlaRepositoryContract extends StorageContract {

    private int tasksMade;

    private Task request(TenantId tenant, ClientId client) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        Task task = Task.create(new TaskId(newId()), tenant, project.id(), client, new TaskKey("SL-" + ++tasksMade),
                new TaskDetails("Request", Optional.empty(), TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        Visibility.CLIENT), TaskSource.PORTAL, at(0));
        inTenant(tenant, () -> {
            ports.projects().add(project);
            ports.tasks().add(task);
        });
        return task;
    }

    private RequestClock started(Task task) {
        RequestClock clock = RequestClock.start(task.tenantId(), task.clientId(), task.key(), Optional.of(task.key()),
                TaskPriority.NORMAL, task.createdAt());
        inTenant(task.tenantId(), () -> ports.requestClocks().add(clock));
        return clock;
    }

    private RequestClock lockAndUpdate(TenantId tenant, TaskKey taskKey, UnaryOperator<RequestClock> change) {
        return inTenant(tenant, () -> {
            RequestClock changed = change.apply(ports.requestClocks().lockOfTask(tenant, taskKey).orElseThrow());
            ports.requestClocks().update(changed);
            return changed;
        });
    }

    @Test
    void anAgencyWithoutSettings_hasNone_andSettingsAreReplacedWhole_atTheNextVersion() {
        TenantId tenant = newTenant();
        assertThat(inTenant(tenant, () -> ports.slaSettings().businessHours(tenant))).isEmpty();
        assertThat(inTenant(tenant, () -> ports.slaSettings().policy(tenant))).isEmpty();

        BusinessHours berlin = new BusinessHours(ZoneId.of("Europe/Berlin"), Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 30), LocalTime.of(16, 45),
                new TreeSet<>(Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"))));
        inTenant(tenant, () -> ports.slaSettings().saveBusinessHours(tenant, berlin, 0));
        assertThat(inTenant(tenant, () -> ports.slaSettings().businessHours(tenant)))
                .contains(new Versioned<>(berlin, 1));

        BusinessHours fewerHolidays = new BusinessHours(ZoneId.of("UTC"), Set.of(DayOfWeek.TUESDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), new TreeSet<>(Set.of(LocalDate.parse("2027-01-01"))));
        inTenant(tenant, () -> ports.slaSettings().saveBusinessHours(tenant, fewerHolidays, 1));
        assertThat(inTenant(tenant, () -> ports.slaSettings().businessHours(tenant)))
                .contains(new Versioned<>(fewerHolidays, 2));

        Map<TaskPriority, SlaTarget> targets = new EnumMap<>(SlaPolicy.DEFAULT.targets());
        targets.put(TaskPriority.URGENT, SlaTarget.ofMinutes(15, 120));
        inTenant(tenant, () -> ports.slaSettings().savePolicy(tenant, SlaPolicy.DEFAULT, 0));
        inTenant(tenant, () -> ports.slaSettings().savePolicy(tenant, new SlaPolicy(targets), 1));
        assertThat(inTenant(tenant, () -> ports.slaSettings().policy(tenant)))
                .contains(new Versioned<>(new SlaPolicy(targets), 2));

        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.slaSettings().businessHours(other))).isEmpty();
        assertThat(inTenant(other, () -> ports.slaSettings().policy(other))).isEmpty();
    }

    @Test
    void aSaveOverAnotherVersion_thanTheStoredOne_isRefused_andChangesNothing() {
        TenantId tenant = newTenant();
        inTenant(tenant, () -> ports.slaSettings().saveBusinessHours(tenant, BusinessHours.DEFAULT, 0));
        inTenant(tenant, () -> ports.slaSettings().savePolicy(tenant, SlaPolicy.DEFAULT, 0));
        BusinessHours weekends = new BusinessHours(ZoneId.of("UTC"), Set.of(DayOfWeek.SATURDAY), LocalTime.of(9, 0),
                LocalTime.of(12, 0), new TreeSet<>());

        assertThatThrownBy(() -> inTenant(tenant, () -> ports.slaSettings().saveBusinessHours(tenant, weekends, 0)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> inTenant(tenant, () -> ports.slaSettings().saveBusinessHours(tenant, weekends, 2)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> inTenant(tenant, () -> ports.slaSettings().savePolicy(tenant, SlaPolicy.DEFAULT, 0)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> inTenant(tenant, () -> ports.slaSettings().savePolicy(tenant, SlaPolicy.DEFAULT, 5)))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(inTenant(tenant, () -> ports.slaSettings().businessHours(tenant)))
                .contains(new Versioned<>(BusinessHours.DEFAULT, 1));
        assertThat(inTenant(tenant, () -> ports.slaSettings().policy(tenant)))
                .contains(new Versioned<>(SlaPolicy.DEFAULT, 1));
    }

    @Test
    void aClock_isFoundByItsRequestAndItsTask_withEveryFactAndStop_inItsOwnTenantOnly() {
        TenantId tenant = newTenant();
        Task task = request(tenant, newClient(tenant));
        RequestClock clock = started(task);

        RequestClock moved = lockAndUpdate(tenant, task.key(), c -> c
                .taskMoved(TaskStatus.REQUESTED, TaskStatus.OPEN, at(5))
                .taskMoved(TaskStatus.OPEN, TaskStatus.WAITING_ON_CLIENT, at(10))
                .taskMoved(TaskStatus.WAITING_ON_CLIENT, TaskStatus.DONE, at(40))
                .taskMoved(TaskStatus.DONE, TaskStatus.OPEN, at(60))
                .withPriority(TaskPriority.HIGH));
        assertThat(moved.stops()).containsExactly(new TimeSpan(at(10), at(40)), new TimeSpan(at(40), at(60)));

        assertThat(inTenant(tenant, () -> ports.requestClocks().lockOfRequest(tenant, task.key()))).contains(moved);
        assertThat(inTenant(tenant, () -> ports.requestClocks().ofTasks(tenant, List.of(task.key()))))
                .containsExactly(Map.entry(task.key(), moved));
        assertThat(inTenant(tenant, () -> ports.requestClocks().ofRequests(tenant,
                List.of(task.key(), new TaskKey("SL-999")))))
                .containsExactly(Map.entry(task.key(), moved));
        assertThat(clock.stops()).isEmpty();

        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.requestClocks().lockOfTask(other, task.key()))).isEmpty();
        assertThat(inTenant(other, () -> ports.requestClocks().ofTasks(other, List.of(task.key())))).isEmpty();
    }

    @Test
    void anAsksClock_isFoundByItsTask_onceHandedToIt_andStopsAccumulate() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Task task = request(tenant, client);
        TaskKey askKey = new TaskKey("SL-" + ++tasksMade);
        RequestClock ask = RequestClock.start(tenant, client, askKey, Optional.empty(), TaskPriority.NORMAL, at(0));
        inTenant(tenant, () -> ports.requestClocks().add(ask));
        assertThat(inTenant(tenant, () -> ports.requestClocks().ofTasks(tenant, List.of(task.key())))).isEmpty();

        RequestClock handed = inTenant(tenant, () -> {
            RequestClock changed = ports.requestClocks().lockOfRequest(tenant, askKey).orElseThrow()
                    .respond(at(3)).resolve(at(4)).reopen(at(8)).handTo(task.key(), TaskPriority.URGENT);
            ports.requestClocks().update(changed);
            return changed;
        });
        RequestClock again = lockAndUpdate(tenant, task.key(), c -> c.pause(at(20)).resume(at(30)));

        assertThat(again.stops()).containsExactly(new TimeSpan(at(4), at(8)), new TimeSpan(at(20), at(30)));
        assertThat(inTenant(tenant, () -> ports.requestClocks().ofTasks(tenant, List.of(task.key()))))
                .containsExactly(Map.entry(task.key(), again));
        assertThat(handed.taskKey()).contains(task.key());
    }

    @Test
    void theRunningClocks_areThoseNeitherResolvedNorPaused_ofTheirOwnAgency() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Task running = request(tenant, client);
        Task paused = request(tenant, client);
        Task resolved = request(tenant, client);
        RequestClock runs = started(running);
        started(paused);
        started(resolved);
        lockAndUpdate(tenant, paused.key(), c -> c.pause(at(5)));
        lockAndUpdate(tenant, resolved.key(), c -> c.resolve(at(5)));

        assertThat(inTenant(tenant, () -> ports.requestClocks().running(tenant))).containsExactly(runs);
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.requestClocks().running(other))).isEmpty();
    }
}
