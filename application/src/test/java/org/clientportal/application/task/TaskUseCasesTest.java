package org.clientportal.application.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.RuleViolated;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.TransitionNotAllowed;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

class TaskUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final TaskFeature tasks = agency.features.tasks;

    private Task create(Actor actor, Project project, TaskInput input) {
        return tasks.createTask().execute(actor, new CreateTaskCommand(project.id().toString(), input)).task();
    }

    private static TaskInput titled(String title) {
        return new TaskInput(title, null, null, null, null, null);
    }

    private static TaskChanges retitle(String title, Optional<Long> expectedVersion) {
        return new TaskChanges(Change.to(title), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.keep(), expectedVersion);
    }

    private Task move(Task task, String to, String reason) {
        return tasks.transitionTask().execute(agency.owner, task.key().value(),
                new TransitionCommand(to, reason, Optional.empty())).task();
    }

    private AuditEvent lastEvent() {
        List<AuditEvent> all = agency.fakes.auditTrail.all();
        return all.get(all.size() - 1);
    }

    private static List<String> fieldsOf(Throwable e) {
        return ((ValidationFailed) e).fieldErrors().stream().map(FieldError::field).toList();
    }

    private static String codeOf(Throwable e) {
        return ((RuleViolated) e).code();
    }

    /** A client's request as the portal will store it: requested, waiting to be accepted or declined. */
    private Task aRequest(Project project) {
        Client client = agency.features.clients.getClient().execute(agency.owner, project.clientId().toString());
        return agency.fakes.transactions.inTenant(project.tenantId(), () -> {
            Task request = Task.create(new TaskId(agency.fakes.ids.next()), project.tenantId(), project.id(),
                    client.id(), TaskKey.of(client.taskKeyPrefix(),
                            agency.fakes.tasks.nextNumber(project.tenantId(), client.id())),
                    new TaskDetails("Please add a blog", Optional.empty(), TaskPriority.NORMAL, Optional.empty(),
                            Optional.empty(), Visibility.CLIENT),
                    TaskSource.PORTAL, agency.fakes.clock.now());
            agency.fakes.tasks.add(request);
            return request;
        });
    }

    @Test
    void aNewTask_isOpen_keyedWithItsClientsPrefixAndNextNumber_withDefaults_andAudited() {
        Client acme = agency.features.clients.createClient().execute(agency.owner,
                new org.clientportal.application.client.ClientInput("Acme", null, null, null, null));
        Project site = agency.project(acme, "Site");
        Project app = agency.project(acme, "App");

        Task first = create(agency.owner, site, titled("Fix the logo"));
        Task second = create(agency.owner, app, titled("Ship the app"));
        Task third = create(agency.owner, site, titled("Write copy"));

        assertThat(List.of(first, second, third)).extracting(t -> t.key().value())
                .containsExactly("ACME-1", "ACME-2", "ACME-3");
        assertThat(first.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(first.source()).isEqualTo(TaskSource.OPERATOR);
        assertThat(first.details().priority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(first.details().visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(first.projectId()).isEqualTo(site.id());
        assertThat(first.clientId()).isEqualTo(acme.id());
        AuditEvent event = lastEvent();
        assertThat(event.action()).isEqualTo("task.created");
        assertThat(event.entityType()).isEqualTo("task");
        assertThat(event.entityId()).isEqualTo(third.id().toString());
        assertThat(event.after().orElseThrow()).containsEntry("key", "ACME-3").containsEntry("status", "open")
                .containsEntry("priority", "normal").containsEntry("visibility", "internal");
    }

    @Test
    void everyClientCountsItsOwnKeys() {
        Project acme = agency.project(agency.features.clients.createClient().execute(agency.owner,
                new org.clientportal.application.client.ClientInput("Acme", null, null, null, "ACME")), "Site");
        Project globex = agency.project(agency.features.clients.createClient().execute(agency.owner,
                new org.clientportal.application.client.ClientInput("Globex", null, null, null, "GLX")), "Site");

        create(agency.owner, acme, titled("One"));
        Task globexFirst = create(agency.owner, globex, titled("Two"));
        Task acmeSecond = create(agency.owner, acme, titled("Three"));

        assertThat(globexFirst.key().value()).isEqualTo("GLX-1");
        assertThat(acmeSecond.key().value()).isEqualTo("ACME-2");
    }

    @Test
    void aTaskWithEveryField_keepsThemAll() {
        Project site = agency.project(agency.client("Acme"), "Site");
        Actor member = agency.operatorWithRole("member");
        String memberId = TestAgency.operatorIdOf(member);

        Task task = create(member, site, new TaskInput("  Fix the logo  ", "It is blurry\n\ton retina", "URGENT",
                "2026-03-31", memberId, "client"));

        assertThat(task.details().title()).isEqualTo("Fix the logo");
        assertThat(task.details().description()).contains("It is blurry\n\ton retina");
        assertThat(task.details().priority()).isEqualTo(TaskPriority.URGENT);
        assertThat(task.details().dueDate()).contains(LocalDate.of(2026, 3, 31));
        assertThat(task.details().assignee()).contains(OperatorId.parse(memberId));
        assertThat(task.details().visibility()).isEqualTo(Visibility.CLIENT);
    }

    @Test
    void badFields_areRefusedTogether_namingEachField() {
        Project site = agency.project(agency.client("Acme"), "Site");

        assertThatThrownBy(() -> create(agency.owner, site, new TaskInput(" ", "x".repeat(10_001), "asap",
                "31/03/2026", "not-an-id", "public")))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("title", "description", "priority", "dueDate",
                        "assigneeId", "visibility"))
                .hasMessageContaining("priority: must be one of low, normal, high, urgent")
                .hasMessageContaining("visibility: must be one of internal, client");
        assertThatThrownBy(() -> create(agency.owner, site, titled("x".repeat(201))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("title: must be at most 200 characters");
        assertThatThrownBy(() -> create(agency.owner, site, titled("Two\nlines")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("title: must be a single line");
    }

    @Test
    void anAssigneeWhoIsNoOperatorOfTheAgency_isAValidationErrorNamingTheField() {
        Project site = agency.project(agency.client("Acme"), "Site");
        TestAgency other = new TestAgency(agency.fakes);
        String theirOwner = TestAgency.operatorIdOf(other.owner);

        for (String stranger : List.of("00000000-0000-7000-8000-000000000999", theirOwner)) {
            assertThatThrownBy(() -> create(agency.owner, site, new TaskInput("Fix", null, null, null, stranger, null)))
                    .isInstanceOf(ValidationFailed.class)
                    .satisfies(e -> assertThat(((ValidationFailed) e).fieldErrors())
                            .containsExactly(new FieldError("assigneeId", "is not an operator of this agency")));
        }
        assertThat(agency.fakes.tasks.all()).noneMatch(t -> t.clientId().equals(site.clientId()));
    }

    @Test
    void aTaskOnACompletedOrCancelledProject_isRefused_andUsesNoNumber() {
        Client client = agency.client("Acme");
        Project cancelled = agency.move(agency.project(client, "Dropped"), "cancelled");

        assertThatThrownBy(() -> create(agency.owner, cancelled, titled("Too late")))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("task.project-closed"))
                .hasMessageContaining("cancelled");
        assertThat(create(agency.owner, agency.project(client, "Next"), titled("First")).key().value())
                .isEqualTo("ACME-1");
    }

    @Test
    void aTaskOnAPlannedOnHoldOrInReviewProject_isAccepted() {
        Client client = agency.clientIn("onboarding");
        Project planned = agency.project(client, "Planned");
        Project onHold = agency.move(agency.move(agency.project(client, "Held"), "active"), "on_hold");
        Project inReview = agency.move(agency.move(agency.project(client, "Reviewed"), "active"), "in_review");

        for (Project project : List.of(planned, onHold, inReview)) {
            assertThat(create(agency.owner, project, titled("Work")).status()).isEqualTo(TaskStatus.OPEN);
        }
    }

    @Test
    void aTaskForAnOffboardedClient_isRefused() {
        Client client = agency.client("Leaving");
        Project proposal = agency.project(client, "Proposal");
        agency.features.clients.transitionClient().execute(agency.owner, client.id().toString(),
                new TransitionCommand("offboarded", null, Optional.empty()));

        assertThatThrownBy(() -> create(agency.owner, proposal, titled("More")))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("task.client-offboarded"));
    }

    @Test
    void aTaskOnAnUnknownProject_isNotFound_andOnAMalformedOne_isAValidationError() {
        assertThatThrownBy(() -> tasks.createTask().execute(agency.owner, new CreateTaskCommand(
                "00000000-0000-7000-8000-000000000999", titled("X")))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tasks.createTask().execute(agency.owner, new CreateTaskCommand("nope", titled("X"))))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("projectId: must be a project id");
    }

    @Test
    void anotherAgencysProject_isNotFound() {
        TestAgency other = new TestAgency(agency.fakes);
        Project theirs = other.project(other.client("Theirs"), "Secret");

        assertThatThrownBy(() -> create(agency.owner, theirs, titled("Sneaky"))).isInstanceOf(NotFound.class);
    }

    @Test
    void aViewer_readsTasks_butCannotCreateEditOrMoveThem() {
        Project site = agency.project(agency.client("Acme"), "Site");
        Task task = agency.task(site, "Fix");
        Actor viewer = agency.operatorWithRole("viewer");

        assertThat(tasks.getTask().execute(viewer, task.key().value()).task().id()).isEqualTo(task.id());
        assertThat(tasks.searchTasks().execute(viewer, TaskFilters.none(), PageInput.firstPage()).items()).hasSize(1);
        assertThatThrownBy(() -> create(viewer, site, titled("Mine"))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> tasks.updateTask().execute(viewer, task.key().value(), retitle("Y", Optional.empty())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> tasks.transitionTask().execute(viewer, task.key().value(),
                new TransitionCommand("done", null, Optional.empty()))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aTask_isReadByItsKey_inAnyCaseButTheRightOne_isNotFound() {
        Task task = agency.task(agency.project(agency.client("Acme"), "Site"), "Fix");

        assertThat(tasks.getTask().execute(agency.owner, "ACME-1").task().id()).isEqualTo(task.id());
        assertThatThrownBy(() -> tasks.getTask().execute(agency.owner, "ACME-2")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tasks.getTask().execute(agency.owner, "acme-1")).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherAgencysTask_isNotFound_evenUnderTheSameKey() {
        TestAgency other = new TestAgency(agency.fakes);
        Task theirs = other.task(other.project(other.client("Acme"), "Site"), "Theirs");

        assertThatThrownBy(() -> tasks.getTask().execute(agency.owner, theirs.key().value()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tasks.updateTask().execute(agency.owner, theirs.key().value(),
                retitle("Mine now", Optional.empty()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tasks.transitionTask().execute(agency.owner, theirs.key().value(),
                new TransitionCommand("done", null, Optional.empty()))).isInstanceOf(NotFound.class);
    }

    @Test
    void anUpdate_changesOnlyTheGivenFields_nullClearsOrResets_andIsAudited() {
        Project site = agency.project(agency.client("Acme"), "Site");
        String assignee = TestAgency.operatorIdOf(agency.owner);
        Task task = create(agency.owner, site, new TaskInput("Fix", "Details", "high", "2026-03-31", assignee, "client"));

        Task updated = tasks.updateTask().execute(agency.owner, task.key().value(), new TaskChanges(Change.keep(),
                Change.to(null), Change.to(null), Change.to("2026-04-30"), Change.keep(), Change.keep(),
                Optional.of(task.version()))).task();

        assertThat(updated.details().title()).isEqualTo("Fix");
        assertThat(updated.details().description()).isEmpty();
        assertThat(updated.details().priority()).isEqualTo(TaskPriority.NORMAL);
        assertThat(updated.details().dueDate()).contains(LocalDate.of(2026, 4, 30));
        assertThat(updated.details().assignee()).map(Object::toString).contains(assignee);
        assertThat(updated.details().visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(updated.version()).isEqualTo(task.version() + 1);
        assertThat(lastEvent().action()).isEqualTo("task.updated");
        assertThat(lastEvent().before().orElseThrow()).containsEntry("priority", "high");
        assertThat(lastEvent().after().orElseThrow()).containsEntry("priority", "normal");
    }

    @Test
    void anUpdateThatChangesNothing_isNeitherStoredNorAudited() {
        Task task = agency.task(agency.project(agency.client("Acme"), "Site"), "Fix");
        int events = agency.fakes.auditTrail.all().size();

        Task same = tasks.updateTask().execute(agency.owner, task.key().value(), retitle("Fix", Optional.empty())).task();

        assertThat(same.version()).isEqualTo(task.version());
        assertThat(agency.fakes.auditTrail.all()).hasSize(events);
    }

    @Test
    void anUpdateBasedOnAStaleVersion_isRefused() {
        Task task = agency.task(agency.project(agency.client("Acme"), "Site"), "Fix");

        assertThatThrownBy(() -> tasks.updateTask().execute(agency.owner, task.key().value(),
                retitle("Fixed", Optional.of(task.version() + 1)))).isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> tasks.transitionTask().execute(agency.owner, task.key().value(),
                new TransitionCommand("done", null, Optional.of(task.version() + 1)))).isInstanceOf(StaleVersion.class);
    }

    @Test
    void anUpdate_refusesAnUnknownAssigneeAndBadFields() {
        Task task = agency.task(agency.project(agency.client("Acme"), "Site"), "Fix");

        assertThatThrownBy(() -> tasks.updateTask().execute(agency.owner, task.key().value(), new TaskChanges(
                Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                Change.to("00000000-0000-7000-8000-000000000999"), Change.keep(), Optional.empty())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("assigneeId: is not an operator");
        assertThatThrownBy(() -> tasks.updateTask().execute(agency.owner, task.key().value(), new TaskChanges(
                Change.to(null), Change.keep(), Change.to("whenever"), Change.keep(), Change.keep(), Change.keep(),
                Optional.empty())))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("title", "priority"));
    }

    @Test
    void aMoveTheTableDoesNotHave_isRefusedWithTheAllowedMoves() {
        Task done = agency.move(agency.task(agency.project(agency.client("Acme"), "Site"), "Fix"), "done");

        assertThatThrownBy(() -> move(done, "waiting_on_client", null))
                .isInstanceOfSatisfying(TransitionNotAllowed.class, e -> {
                    assertThat(e.code()).isEqualTo("task.transition-not-allowed");
                    assertThat(e.allowed()).containsExactly("open");
                });
        assertThatThrownBy(() -> move(done, "finished", null))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("to: must be one of requested, open");
    }

    @Test
    void aTaskMovesThroughItsWork_andIsReopened_eachMoveAuditedWithItsReason() {
        Task task = agency.task(agency.project(agency.client("Acme"), "Site"), "Fix");

        Task waiting = move(task, "waiting_on_client", "needs the new logo files");
        Task done = move(move(waiting, "in_progress", null), "done", null);
        Task reopened = move(done, "open", "the client found a glitch");

        assertThat(reopened.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(reopened.version()).isEqualTo(task.version() + 4);
        assertThat(lastEvent().action()).isEqualTo("task.transitioned");
        assertThat(lastEvent().before().orElseThrow()).containsEntry("status", "done");
        assertThat(lastEvent().after().orElseThrow()).containsEntry("status", "open")
                .containsEntry("reason", "the client found a glitch");
    }

    @Test
    void decliningARequestWithoutAReason_isRefused_andWithOne_keepsItOnTheTask() {
        Project site = agency.project(agency.client("Acme"), "Site");
        Task request = aRequest(site);

        assertThatThrownBy(() -> move(request, "cancelled", "  "))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("reason"));
        Task declined = move(request, "cancelled", "Blogs are not in this contract");

        assertThat(declined.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(declined.declineReason()).contains("Blogs are not in this contract");
        assertThat(lastEvent().after().orElseThrow()).containsEntry("declineReason", "Blogs are not in this contract");
    }

    @Test
    void acceptingARequest_opensIt() {
        Task request = aRequest(agency.project(agency.client("Acme"), "Site"));

        assertThat(move(request, "open", null).status()).isEqualTo(TaskStatus.OPEN);
    }

    @Test
    void onAClosedProject_aTaskCanBeFinished_butNotReopened() {
        Client client = agency.clientIn("onboarding");
        Project project = agency.move(agency.project(client, "Site"), "active");
        Task finished = agency.task(project, "Finished");
        Task loose = agency.task(project, "Loose end");
        agency.move(finished, "done");
        agency.move(agency.move(project, "in_review"), "completed");

        assertThatThrownBy(() -> move(tasks.getTask().execute(agency.owner, finished.key().value()).task(), "open", null))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("task.project-closed"));
        assertThatThrownBy(() -> move(loose, "in_progress", null))
                .isInstanceOf(RuleViolated.class)
                .satisfies(e -> assertThat(codeOf(e)).isEqualTo("task.project-closed"));
        assertThat(move(loose, "cancelled", "project delivered without it").status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void search_filtersTogether_sorts_andPagesWithACursorBoundToTheFilters() {
        Client acme = agency.clientIn("onboarding");
        Project site = agency.project(acme, "Site");
        Project app = agency.project(agency.client("Globex"), "App");
        String owner = TestAgency.operatorIdOf(agency.owner);
        create(agency.owner, site, new TaskInput("Logo", null, null, "2026-02-01", owner, "client"));
        create(agency.owner, site, new TaskInput("Copy", null, null, "2026-05-01", owner, null));
        agency.move(create(agency.owner, site, new TaskInput("Fonts", null, null, "2026-01-15", null, null)), "done");
        create(agency.owner, app, new TaskInput("Icons", null, null, null, owner, "client"));
        var search = tasks.searchTasks();

        assertThat(titles(search.execute(agency.owner, TaskFilters.none(), PageInput.firstPage())))
                .containsExactly("Icons", "Fonts", "Copy", "Logo");
        assertThat(titles(search.execute(agency.owner, new TaskFilters(site.id().toString(), null,
                List.of("open", "IN_PROGRESS"), owner, null, "2026-03-01"), PageInput.firstPage())))
                .containsExactly("Logo");
        assertThat(titles(search.execute(agency.owner, new TaskFilters(null, app.clientId().toString(), List.of(),
                null, "client", null), PageInput.firstPage()))).containsExactly("Icons");
        assertThat(titles(search.execute(agency.owner, TaskFilters.none(), new PageInput(null, null, "dueDate"))))
                .containsExactly("Fonts", "Logo", "Copy", "Icons");

        TaskFilters ofTheSite = new TaskFilters(site.id().toString(), null, List.of(), null, null, null);
        var first = search.execute(agency.owner, ofTheSite, new PageInput("2", null, "title"));
        String cursor = first.next().orElseThrow().encode();
        assertThat(titles(first)).containsExactly("Copy", "Fonts");
        assertThat(titles(search.execute(agency.owner, ofTheSite, new PageInput("2", cursor, "title"))))
                .containsExactly("Logo");
        assertThatThrownBy(() -> search.execute(agency.owner, TaskFilters.none(), new PageInput("2", cursor, "title")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor: was issued for other filters");
    }

    @Test
    void search_refusesBadFilters_namingEachOne() {
        assertThatThrownBy(() -> tasks.searchTasks().execute(agency.owner, new TaskFilters("x", "y", List.of("gone"),
                "z", "everyone", "soon"), PageInput.firstPage()))
                .isInstanceOf(ValidationFailed.class)
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("projectId", "clientId", "status", "assigneeId",
                        "visibility", "dueBefore"));
        assertThatThrownBy(() -> tasks.searchTasks().execute(agency.owner, TaskFilters.none(),
                new PageInput(null, null, "priority")))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("sort: must be one of title, -title");
    }

    private static List<String> titles(org.clientportal.application.shared.Page<TaskView> page) {
        return page.items().stream().map(t -> t.task().details().title()).toList();
    }
}
