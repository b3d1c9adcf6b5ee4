package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

public abstract class TaskRepositoryContract extends StorageContract {

    private static final int CONCURRENT_CREATIONS = 50;

    @Test
    void addedTask_isFoundByKeyWithEveryField() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        OperatorId ada = newOperator(tenant, "ada@example.com");
        Task full = Task.create(new TaskId(newId()), tenant, place.project(), place.client(), new TaskKey("FULL-1"),
                new TaskDetails("Fix the logo", Optional.of("It is blurry\non retina screens"), TaskPriority.URGENT,
                        Optional.of(LocalDate.of(2026, 3, 31)), Optional.of(ada), Visibility.CLIENT),
                TaskSource.PORTAL, at(0));
        Task bare = task(tenant, place, "BARE-1", "Bare");

        inTenant(tenant, () -> List.of(full, bare).forEach(ports.tasks()::add));

        assertSameState(find(tenant, "FULL-1").orElseThrow(), full);
        assertSameState(find(tenant, "BARE-1").orElseThrow(), bare);
    }

    @Test
    void aDeclinedRequest_isStoredWithItsReason_andUpdatesCountVersions() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        Task request = Task.create(new TaskId(newId()), tenant, place.project(), place.client(), new TaskKey("REQ-1"),
                details("Add a page", Optional.empty(), Optional.empty(), Visibility.CLIENT), TaskSource.PORTAL, at(0));
        inTenant(tenant, () -> ports.tasks().add(request));
        Task declined = request.transitionTo(TaskStatus.CANCELLED, Optional.of("Not in this contract"), at(5));

        inTenant(tenant, () -> ports.tasks().update(declined, request.version()));

        assertSameState(find(tenant, "REQ-1").orElseThrow(), declined);
    }

    @Test
    void update_atAStaleVersion_isAConcurrentModification_andChangesNothing() {
        TenantId tenant = newTenant();
        Task open = task(tenant, newPlace(tenant), "STALE-1", "Open");
        inTenant(tenant, () -> ports.tasks().add(open));
        Task started = open.transitionTo(TaskStatus.IN_PROGRESS, Optional.empty(), at(1));
        inTenant(tenant, () -> ports.tasks().update(started, open.version()));

        ConcurrentModification conflict = thrownBy(ConcurrentModification.class, () -> inTenant(tenant,
                () -> ports.tasks().update(open.transitionTo(TaskStatus.DONE, Optional.empty(), at(2)), open.version())));

        assertThat(conflict.details()).containsEntry("entity", "task").containsEntry("id", open.id().toString());
        assertSameState(find(tenant, "STALE-1").orElseThrow(), started);
    }

    /** The foreign key's on delete set null: the task stays, unassigned, and leaves the assignee's list. */
    @Test
    void removingAnOperator_leavesTheirTasksUnassigned() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        OperatorId leaver = newOperator(tenant, "leaver@example.com");
        Task theirs = withDetails(task(tenant, place, "GONE-1", "Theirs"), details("Theirs", Optional.of(leaver),
                Optional.empty(), Visibility.INTERNAL));
        inTenant(tenant, () -> ports.tasks().add(theirs));

        inTenant(tenant, () -> ports.operators().remove(tenant, leaver));

        Task unassigned = find(tenant, "GONE-1").orElseThrow();
        assertThat(unassigned.details().assignee()).isEmpty();
        assertThat(unassigned.details().title()).isEqualTo("Theirs");
        assertThat(unassigned.version()).isEqualTo(theirs.version());
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(leaver),
                Optional.empty(), Optional.empty())))).isEmpty();
    }

    @Test
    void aTaskAssignedToNoOperatorOfTheAgency_isRefused_onAddAndOnUpdate() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Place place = newPlace(tenant);
        OperatorId stranger = newOperator(other, "stranger@example.com");
        Task open = task(tenant, place, "ASSIGN-1", "Open");
        inTenant(tenant, () -> ports.tasks().add(open));
        TaskDetails toStranger = details("Stranger's", Optional.of(stranger), Optional.empty(), Visibility.INTERNAL);

        ValidationFailed onAdd = thrownBy(ValidationFailed.class, () -> inTenant(tenant,
                () -> ports.tasks().add(withDetails(task(tenant, place, "ASSIGN-2", "New"), toStranger))));
        ValidationFailed onUpdate = thrownBy(ValidationFailed.class, () -> inTenant(tenant,
                () -> ports.tasks().update(open.withDetails(toStranger, at(1)), open.version())));

        assertThat(List.of(onAdd, onUpdate)).allSatisfy(refusal ->
                assertThat(refusal.fieldErrors()).extracting(FieldError::field).containsExactly("assigneeId"));
        assertThat(find(tenant, "ASSIGN-2")).isEmpty();
        assertSameState(find(tenant, "ASSIGN-1").orElseThrow(), open);
    }

    @Test
    void anotherTenantsTask_isNeitherFoundNorCounted() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Place theirPlace = newPlace(theirs);
        Task stranger = task(theirs, theirPlace, "SECRET-1", "Theirs");
        inTenant(theirs, () -> ports.tasks().add(stranger));

        assertThat(find(mine, "SECRET-1")).isEmpty();
        assertThat(inTenant(mine, () -> ports.tasks().statusesIn(mine, theirPlace.project(), List.of(stranger.key()))))
                .isEmpty();
    }

    @Test
    void findAll_findsTheTasksOfTheKeys_inItsOwnTenantOnly() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        Place place = newPlace(mine);
        Task first = task(mine, place, "MANY-1", "First");
        Task second = task(mine, place, "MANY-2", "Second");
        Task stranger = task(theirs, newPlace(theirs), "MANY-3", "Theirs");
        inTenant(mine, () -> List.of(first, second).forEach(ports.tasks()::add));
        inTenant(theirs, () -> ports.tasks().add(stranger));

        List<Task> found = inTenant(mine, () -> ports.tasks().findAll(mine,
                List.of(first.key(), second.key(), stranger.key(), new TaskKey("MANY-9"))));

        assertThat(found).extracting(Task::key).containsExactlyInAnyOrder(first.key(), second.key());
        assertThat(inTenant(mine, () -> ports.tasks().findAll(mine, List.of()))).isEmpty();
    }

    @Test
    void aTakenKey_isRefusedAsKeyTaken_butOnlyWithinTheTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Place place = newPlace(tenant);
        inTenant(tenant, () -> ports.tasks().add(task(tenant, place, "DUP-1", "First")));

        AlreadyExists refusal = thrownBy(AlreadyExists.class,
                () -> inTenant(tenant, () -> ports.tasks().add(task(tenant, place, "DUP-1", "Second"))));
        inTenant(other, () -> ports.tasks().add(task(other, newPlace(other), "DUP-1", "Elsewhere")));

        assertThat(refusal.code()).isEqualTo("task.key-taken");
        assertThat(find(tenant, "DUP-1").orElseThrow().details().title()).isEqualTo("First");
        assertThat(find(other, "DUP-1")).isPresent();
    }

    @Test
    void nextNumber_countsFromOnePerClient() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        ClientId acme = newClient(tenant);
        ClientId globex = newClient(tenant);
        ClientId elsewhere = newClient(other);

        List<Long> acmeNumbers = inTenant(tenant, () -> List.of(next(tenant, acme), next(tenant, acme)));
        long globexFirst = inTenant(tenant, () -> next(tenant, globex));
        long acmeThird = inTenant(tenant, () -> next(tenant, acme));
        long elsewhereFirst = inTenant(other, () -> next(other, elsewhere));

        assertThat(acmeNumbers).containsExactly(1L, 2L);
        assertThat(List.of(globexFirst, acmeThird, elsewhereFirst)).containsExactly(1L, 3L, 1L);
    }

    @Test
    void aNumberAllocatedByATransactionThatRollsBack_isGivenBack() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        inTenant(tenant, () -> next(tenant, client));

        thrownBy(IllegalStateException.class, () -> inTenant(tenant, () -> {
            next(tenant, client);
            throw new IllegalStateException("the task insert failed");
        }));

        assertThat(inTenant(tenant, () -> next(tenant, client))).isEqualTo(2L);
    }

    @Test
    void concurrentCreations_forOneClient_getConsecutiveKeys_withoutGapsOrRepeats() throws Exception {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> creations = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_CREATIONS; i++) {
                creations.add(pool.submit(() -> inTenant(tenant, () -> ports.tasks().add(
                        task(tenant, place, "RACE-" + next(tenant, place.client()), "Raced")))));
            }
            for (Future<?> creation : creations) {
                creation.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> keys = allPages(c -> search(tenant, TaskSearch.all(), Sort.ascending(TaskSort.CREATED_AT), 100, c))
                .stream().flatMap(List::stream).map(t -> t.key().value()).toList();
        assertThat(keys).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, CONCURRENT_CREATIONS).mapToObj(n -> "RACE-" + n).toList());
    }

    @Test
    void statusesIn_namesTheStatusOfTheProjectsOwnTasksOnly() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        Place otherProject = newPlace(tenant);
        Task open = task(tenant, place, "MINE-1", "Open");
        Task done = task(tenant, place, "MINE-2", "Done");
        Task elsewhere = task(tenant, otherProject, "OTHER-1", "Another project's");
        inTenant(tenant, () -> {
            List.of(open, done, elsewhere, task(tenant, place, "MINE-3", "Not asked for")).forEach(ports.tasks()::add);
            ports.tasks().update(done.transitionTo(TaskStatus.DONE, Optional.empty(), at(1)), done.version());
        });

        Map<TaskKey, TaskStatus> statuses = inTenant(tenant, () -> ports.tasks().statusesIn(tenant, place.project(),
                List.of(open.key(), done.key(), elsewhere.key(), new TaskKey("NONE-9"))));

        assertThat(statuses).isEqualTo(Map.of(open.key(), TaskStatus.OPEN, done.key(), TaskStatus.DONE));
        assertThat(inTenant(tenant, () -> ports.tasks().statusesIn(tenant, place.project(), List.of()))).isEmpty();
    }

    @Test
    void lockCounter_tellsTheLastNumberGiven_withoutMovingIt() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        ClientId keyless = newClient(tenant);
        inTenant(tenant, () -> {
            ports.tasks().nextNumber(tenant, place.client());
            ports.tasks().nextNumber(tenant, place.client());
        });

        assertThat(inTenant(tenant, () -> ports.tasks().lockCounter(tenant, place.client()))).isEqualTo(2);
        assertThat(inTenant(tenant, () -> ports.tasks().lockCounter(tenant, keyless))).isZero();
        assertThat(inTenant(tenant, () -> ports.tasks().nextNumber(tenant, place.client()))).isEqualTo(3);
        assertThat(inTenant(tenant, () -> ports.tasks().nextNumber(tenant, keyless))).isEqualTo(1);
    }

    @Test
    void search_listsNewestFirst_inPagesLinkedByCursors() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        addTasks(tenant, place, "One", "Two", "Three");

        Page<Task> first = search(tenant, TaskSearch.all(), Sort.descending(TaskSort.CREATED_AT), 2, Optional.empty());
        Page<Task> second = search(tenant, TaskSearch.all(), Sort.descending(TaskSort.CREATED_AT), 2, first.next());

        assertThat(titles(first)).containsExactly("Three", "Two");
        assertThat(titles(second)).containsExactly("One");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void search_byEachFilter_andByAllOfThemTogether() {
        TenantId tenant = newTenant();
        Place site = newPlace(tenant);
        Place app = newPlace(tenant);
        OperatorId ada = newOperator(tenant, "ada@example.com");
        OperatorId bob = newOperator(tenant, "bob@example.com");
        Task adas = withDetails(task(tenant, site, "FI-1", "Ada's"), details("Ada's", Optional.of(ada),
                Optional.of(LocalDate.of(2026, 3, 1)), Visibility.CLIENT));
        Task bobs = withDetails(task(tenant, site, "FI-2", "Bob's"), details("Bob's", Optional.of(bob),
                Optional.of(LocalDate.of(2026, 2, 1)), Visibility.INTERNAL));
        Task unassigned = task(tenant, site, "FI-3", "Unassigned");
        Task onTheApp = withDetails(task(tenant, app, "FI-4", "On the app"), details("On the app", Optional.of(ada),
                Optional.of(LocalDate.of(2026, 1, 1)), Visibility.CLIENT));
        inTenant(tenant, () -> {
            List.of(adas, bobs, unassigned, onTheApp).forEach(ports.tasks()::add);
            ports.tasks().update(bobs.transitionTo(TaskStatus.WAITING_ON_CLIENT, Optional.empty(), at(1)), bobs.version());
        });

        assertThat(titles(search(tenant, filter(Optional.of(site.project()), Optional.empty(), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty())))).containsExactly("Unassigned", "Bob's", "Ada's");
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.of(app.client()), Set.of(),
                Optional.empty(), Optional.empty(), Optional.empty())))).containsExactly("On the app");
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.empty(),
                Set.of(TaskStatus.WAITING_ON_CLIENT, TaskStatus.DONE), Optional.empty(), Optional.empty(),
                Optional.empty())))).containsExactly("Bob's");
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.empty(), Set.of(), Optional.of(ada),
                Optional.empty(), Optional.empty())))).containsExactly("On the app", "Ada's");
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.of(Visibility.INTERNAL), Optional.empty())))).containsExactly("Unassigned", "Bob's");
        assertThat(titles(search(tenant, filter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.of(LocalDate.of(2026, 3, 1)))))).containsExactly("On the app", "Bob's");
        assertThat(titles(search(tenant, filter(Optional.of(site.project()), Optional.of(site.client()),
                Set.of(TaskStatus.OPEN), Optional.of(ada), Optional.of(Visibility.CLIENT),
                Optional.of(LocalDate.of(2026, 3, 2)))))).containsExactly("Ada's");
    }

    @Test
    void search_byDueDate_putsTasksWithoutOneLast_inBothDirections_andByTitle_foldsOnlyAToZ() {
        TenantId tenant = newTenant();
        Place place = newPlace(tenant);
        Task late = withDetails(task(tenant, place, "DU-1", "late"), details("late", Optional.empty(),
                Optional.of(LocalDate.of(2026, 6, 1)), Visibility.INTERNAL));
        Task undated = task(tenant, place, "DU-2", "Undated");
        Task early = withDetails(task(tenant, place, "DU-3", "Early"), details("Early", Optional.empty(),
                Optional.of(LocalDate.of(2026, 1, 1)), Visibility.INTERNAL));
        inTenant(tenant, () -> List.of(late, undated, early).forEach(ports.tasks()::add));

        assertThat(allTitles(tenant, Sort.ascending(TaskSort.DUE_DATE))).containsExactly("Early", "late", "Undated");
        assertThat(allTitles(tenant, Sort.descending(TaskSort.DUE_DATE))).containsExactly("late", "Early", "Undated");
        assertThat(allTitles(tenant, Sort.ascending(TaskSort.TITLE))).containsExactly("Early", "late", "Undated");
        assertThat(allTitles(tenant, Sort.descending(TaskSort.UPDATED_AT))).containsExactly("Early", "late", "Undated");
    }

    @Test
    void sharedWith_listsTheClientsClientVisibleTasks_ofSharedProjectsOnly() {
        TenantId tenant = newTenant();
        Place site = newPlace(tenant, newClient(tenant), Visibility.CLIENT);
        Place pitch = newPlace(tenant, site.client(), Visibility.INTERNAL);
        Place theirs = newPlace(tenant, newClient(tenant), Visibility.CLIENT);
        Task shown = withDetails(task(tenant, site, "SH-1", "Shown"), details("Shown", Optional.empty(),
                Optional.empty(), Visibility.CLIENT));
        Task internal = task(tenant, site, "SH-2", "Internal");
        Task onThePitch = withDetails(task(tenant, pitch, "SH-3", "On the pitch"), details("On the pitch",
                Optional.empty(), Optional.empty(), Visibility.CLIENT));
        Task ofAnother = withDetails(task(tenant, theirs, "SH-4", "Another's"), details("Another's", Optional.empty(),
                Optional.empty(), Visibility.CLIENT));
        inTenant(tenant, () -> List.of(shown, internal, onThePitch, ofAnother).forEach(ports.tasks()::add));

        assertThat(titles(search(tenant, TaskSearch.sharedWith(site.client(), Optional.empty(), Set.of()))))
                .containsExactly("Shown");
        assertThat(titles(search(tenant, TaskSearch.sharedWith(site.client(), Optional.of(pitch.project()),
                Set.of())))).isEmpty();
        assertThat(titles(search(tenant, TaskSearch.sharedWith(site.client(), Optional.empty(),
                Set.of(TaskStatus.DONE))))).isEmpty();
    }

    @Test
    void search_seesOnlyItsOwnTenant() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        addTasks(mine, newPlace(mine), "Mine");
        addTasks(theirs, newPlace(theirs), "Theirs");

        assertThat(titles(search(mine, TaskSearch.all()))).containsExactly("Mine");
    }

    /** A stored project and its client: where a task lives. */
    protected record Place(ClientId client, ProjectId project) {
    }

    protected Place newPlace(TenantId tenant) {
        return newPlace(tenant, newClient(tenant), Visibility.INTERNAL);
    }

    protected Place newPlace(TenantId tenant, ClientId client, Visibility visibility) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project", Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return new Place(client, project.id());
    }

    protected OperatorId newOperator(TenantId tenant, String email) {
        Operator operator = Operator.create(new OperatorId(newId()), tenant, new EmailAddress(email), "Operator " + email,
                Role.MEMBER, "$2a$10$hash-of-" + email, at(0));
        inTenant(tenant, () -> ports.operators().add(operator));
        return operator.id();
    }

    private long next(TenantId tenant, ClientId client) {
        return ports.tasks().nextNumber(tenant, client);
    }

    private Optional<Task> find(TenantId tenant, String key) {
        return inTenant(tenant, () -> ports.tasks().find(tenant, new TaskKey(key)));
    }

    private void addTasks(TenantId tenant, Place place, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            Task task = task(tenant, place, "ADD" + (i + 1) + "-1", titles[i]);
            inTenant(tenant, () -> ports.tasks().add(task));
        }
    }

    private Page<Task> search(TenantId tenant, TaskSearch search) {
        return search(tenant, search, Sort.descending(TaskSort.CREATED_AT), 100, Optional.empty());
    }

    private Page<Task> search(TenantId tenant, TaskSearch search, Sort<TaskSort> sort, int limit,
                              Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.tasks().search(tenant, search, page(tenant, sort, limit, cursor)));
    }

    /** Every task of the tenant in this order, read two to a page. */
    private List<String> allTitles(TenantId tenant, Sort<TaskSort> sort) {
        return allPages(c -> search(tenant, TaskSearch.all(), sort, 2, c)).stream().flatMap(List::stream)
                .map(t -> t.details().title()).toList();
    }

    private static TaskSearch filter(Optional<ProjectId> project, Optional<ClientId> client, Set<TaskStatus> statuses,
                                     Optional<OperatorId> assignee, Optional<Visibility> visibility,
                                     Optional<LocalDate> dueBefore) {
        return new TaskSearch(project, client, statuses, assignee, visibility, dueBefore);
    }

    private static List<String> titles(Page<Task> page) {
        return page.items().stream().map(t -> t.details().title()).toList();
    }

    /** The details changed a minute later, the way an edit stores them. */
    private static Task withDetails(Task task, TaskDetails details) {
        return Task.restore(task.id(), task.tenantId(), task.projectId(), task.clientId(), task.key(), details,
                task.source(), task.status(), task.declineReason(), task.version(), task.createdAt(), at(1));
    }

    private static TaskDetails details(String title, Optional<OperatorId> assignee, Optional<LocalDate> due,
                                       Visibility visibility) {
        return new TaskDetails(title, Optional.empty(), TaskPriority.NORMAL, due, assignee, visibility);
    }

    protected static Task task(TenantId tenant, Place place, String key, String title) {
        return Task.create(new TaskId(newId()), tenant, place.project(), place.client(), new TaskKey(key),
                details(title, Optional.empty(), Optional.empty(), Visibility.INTERNAL), TaskSource.OPERATOR, at(0));
    }
}
