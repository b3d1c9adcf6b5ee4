package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.capacity.DayTotal;
import org.clientportal.application.capacity.TimeEntrySearch;
import org.clientportal.application.capacity.TimeEntrySort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeEntryTask;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.junit.jupiter.api.Test;

/** Time entries with the day totals budgets count, and budgets with their crossings. */
public abstract class CapacityRepositoryContract extends StorageContract {

    private static final OperatorId OLIVE = new OperatorId(newId());
    private static final OperatorId SAM = new OperatorId(newId());

    private int tasksMade;

    private Task task(TenantId tenant, ClientId client) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        Task task = Task.create(new TaskId(newId()), tenant, project.id(), client, new TaskKey("TE-" + ++tasksMade),
                new TaskDetails("Task", Optional.empty(), TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        Visibility.INTERNAL), TaskSource.OPERATOR, at(0));
        inTenant(tenant, () -> {
            ports.projects().add(project);
            ports.tasks().add(task);
        });
        return task;
    }

    private TimeEntry log(TenantId tenant, ClientId client, OperatorId operator, int minutes, String day,
                          boolean billable) {
        TimeEntry entry = TimeEntry.log(new TimeEntryId(newId()), tenant, client, Optional.empty(), Optional.empty(),
                operator, new TimeSpent(minutes, LocalDate.parse(day), Optional.empty(), billable), at(minutes));
        inTenant(tenant, () -> ports.timeEntries().add(entry));
        return entry;
    }

    private List<DayTotal> days(TenantId tenant, ClientId client) {
        return inTenant(tenant, () -> ports.timeEntries().dailyTotals(tenant, client, LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-31")));
    }

    private static DayTotal day(String day, long minutes, long billable) {
        return new DayTotal(LocalDate.parse(day), minutes, billable);
    }

    private Page<TimeEntry> search(TenantId tenant, TimeEntrySearch search, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.timeEntries().search(tenant, search,
                page(tenant, Sort.descending(TimeEntrySort.DATE), limit, cursor)));
    }

    private static TimeEntrySearch all() {
        return new TimeEntrySearch(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private CapacityBudget budget(TenantId tenant, ClientId client, int minute) {
        CapacityBudget budget = CapacityBudget.set(new CapacityBudgetId(newId()), tenant, client,
                new BudgetTerms(new BigDecimal("37.50"), BudgetPeriod.MONTH, LocalDate.parse("2026-01-01"),
                        Optional.empty(), false), at(minute));
        inTenant(tenant, () -> ports.budgets().add(budget));
        return budget;
    }

    private static List<Integer> minutes(List<TimeEntry> entries) {
        return entries.stream().map(e -> e.spent().minutes()).toList();
    }

    @Test
    void anEntryOnATask_isFoundWithEveryField_inItsOwnTenantOnly() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Task task = task(tenant, client);
        TimeEntry entry = TimeEntry.log(new TimeEntryId(newId()), tenant, client, Optional.of(task.projectId()),
                Optional.of(new TimeEntryTask(task.id(), task.key())), OLIVE,
                new TimeSpent(95, LocalDate.parse("2026-01-05"), Optional.of("Sketches\nand a call"), false), at(1));
        inTenant(tenant, () -> ports.timeEntries().add(entry));
        TenantId other = newTenant();

        assertThat(inTenant(tenant, () -> ports.timeEntries().find(tenant, entry.id()))).contains(entry);
        assertThat(inTenant(other, () -> ports.timeEntries().find(other, entry.id()))).isEmpty();
    }

    @Test
    void anEntry_isChangedAndDeleted_atTheExpectedVersionOnly() {
        TenantId tenant = newTenant();
        TimeEntry entry = log(tenant, newClient(tenant), OLIVE, 30, "2026-01-05", true);
        TimeEntry longer = entry.with(new TimeSpent(45, entry.spent().date(), Optional.empty(), true), at(2));

        inTenant(tenant, () -> ports.timeEntries().update(longer, 1));
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.timeEntries().update(longer, 1)));
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.timeEntries().remove(longer, 1)));
        assertThat(inTenant(tenant, () -> ports.timeEntries().find(tenant, entry.id()))).contains(longer);

        inTenant(tenant, () -> ports.timeEntries().remove(longer, 2));
        assertThat(inTenant(tenant, () -> ports.timeEntries().find(tenant, entry.id()))).isEmpty();
    }

    @Test
    void entries_areListedByDayNewestFirst_inPages_andFiltered() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        log(tenant, client, OLIVE, 10, "2026-01-02", true);
        log(tenant, client, SAM, 20, "2026-01-04", false);
        log(tenant, client, OLIVE, 30, "2026-01-03", true);
        log(tenant, newClient(tenant), OLIVE, 40, "2026-01-05", true);

        assertThat(allPages(c -> search(tenant, all(), 3, c)).stream().map(CapacityRepositoryContract::minutes)
                .toList()).containsExactly(List.of(40, 20, 30), List.of(10));
        assertThat(minutes(search(tenant, new TimeEntrySearch(Optional.of(client), Optional.empty(), Optional.empty(),
                Optional.of(OLIVE), Optional.of(LocalDate.parse("2026-01-03")), Optional.empty(), Optional.of(true)),
                10, Optional.empty()).items())).containsExactly(30);
    }

    @Test
    void theDayTotals_followEveryWrite_billableApart_andOnlyTheClientsOwn() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        TimeEntry moved = log(tenant, client, OLIVE, 30, "2026-01-02", true);
        TimeEntry gone = log(tenant, client, SAM, 20, "2026-01-02", false);
        log(tenant, client, OLIVE, 15, "2026-01-03", true);
        log(tenant, newClient(tenant), OLIVE, 99, "2026-01-02", true);
        assertThat(days(tenant, client)).containsExactly(day("2026-01-02", 50, 30), day("2026-01-03", 15, 15));

        inTenant(tenant, () -> ports.timeEntries().update(moved.with(new TimeSpent(45, LocalDate.parse("2026-01-03"),
                Optional.empty(), false), at(5)), 1));
        inTenant(tenant, () -> ports.timeEntries().remove(gone, 1));

        assertThat(days(tenant, client)).containsExactly(day("2026-01-03", 60, 15));
    }

    @Test
    void budgets_areTheClientsOwnOldestFirst_changedAndDeletedAtTheExpectedVersion() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        CapacityBudget second = budget(tenant, client, 2);
        CapacityBudget first = budget(tenant, client, 1);
        budget(tenant, newClient(tenant), 3);
        BudgetTerms was = first.terms();
        CapacityBudget visible = first.with(new BudgetTerms(was.hours(), was.period(), was.startsOn(),
                Optional.of(LocalDate.parse("2026-06-30")), true), at(4));

        assertThat(inTenant(tenant, () -> ports.budgets().ofClient(tenant, client))).containsExactly(first, second);
        inTenant(tenant, () -> ports.budgets().update(visible, 1));
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.budgets().update(visible, 1)));
        assertThat(inTenant(tenant, () -> ports.budgets().find(tenant, first.id()))).contains(visible);
        assertThat(inTenant(tenant, () -> ports.budgets().lockOfClient(tenant, client))).hasSize(2);

        inTenant(tenant, () -> ports.budgets().remove(second, 1));
        assertThat(inTenant(tenant, () -> ports.budgets().ofClient(tenant, client))).containsExactly(visible);
    }

    @Test
    void budgetsOfSeveralClients_areReadAtOnce_eachClientsOldestFirst_andNoOtherClientsOrTenants() {
        TenantId tenant = newTenant();
        ClientId one = newClient(tenant);
        ClientId two = newClient(tenant);
        ClientId left = newClient(tenant);
        CapacityBudget oneLater = budget(tenant, one, 2);
        CapacityBudget oneFirst = budget(tenant, one, 1);
        CapacityBudget twos = budget(tenant, two, 3);
        budget(tenant, left, 4);
        TenantId other = newTenant();
        budget(other, newClient(other), 5);

        List<CapacityBudget> read = inTenant(tenant, () -> ports.budgets().ofClients(tenant, List.of(one, two)));
        assertThat(read).containsExactlyInAnyOrder(oneFirst, oneLater, twos);
        assertThat(read.stream().filter(b -> b.clientId().equals(one)).toList()).containsExactly(oneFirst, oneLater);
        assertThat(inTenant(tenant, () -> ports.budgets().ofClients(tenant, List.of()))).isEmpty();
    }

    @Test
    void aCrossing_isRaisedOncePerPeriodAndLevel_andGoesWithItsBudget() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        CapacityBudget budget = budget(tenant, client, 1);
        LocalDate january = LocalDate.parse("2026-01-01");
        CapacityCrossing warning = new CapacityCrossing(budget.id(), january, CapacityLevel.WARNING, at(5));

        assertThat(inTenant(tenant, () -> ports.budgets().raise(tenant, warning))).isTrue();
        assertThat(inTenant(tenant, () -> ports.budgets().raise(tenant,
                new CapacityCrossing(budget.id(), january, CapacityLevel.WARNING, at(6))))).isFalse();
        assertThat(inTenant(tenant, () -> ports.budgets().raise(tenant,
                new CapacityCrossing(budget.id(), LocalDate.parse("2026-02-01"), CapacityLevel.WARNING, at(7)))))
                .isTrue();
        assertThat(inTenant(tenant, () -> ports.budgets().crossingsOf(tenant, List.of(budget.id()))))
                .hasSize(2).contains(warning);

        inTenant(tenant, () -> ports.budgets().remove(budget, 1));
        assertThat(inTenant(tenant, () -> ports.budgets().crossingsOf(tenant, List.of(budget.id())))).isEmpty();
    }
}
