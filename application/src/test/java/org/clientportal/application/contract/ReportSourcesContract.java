package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.application.report.ReportWindow;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a report may speak of: of a client's period, only the client-visible tasks done, milestones
 * reached and updates posted on its shared projects; never an internal record, another client's, or
 * one outside the period. Read in the client's view, as reports are, and on the agency's side too:
 * the queries filter by themselves, whatever the database's policies would add.
 */
public abstract class ReportSourcesContract extends StorageContract {

    private static final int WINDOW_START = 100;
    private static final int WINDOW_END = 200;

    private TenantId tenant;
    private ClientId acme;
    private Project shared;
    private Project internal;
    private int tasks;

    @BeforeEach
    void seed() {
        tenant = newTenant();
        acme = newClient(tenant);
        shared = project(acme, "Website", Visibility.CLIENT);
        internal = project(acme, "Internal tooling", Visibility.INTERNAL);
        Project otherClients = project(newClient(tenant), "Other client's site", Visibility.CLIENT);

        done(task(shared, "Homepage copy", Visibility.CLIENT), 110);
        done(task(shared, "Margin review", Visibility.INTERNAL), 111);
        done(task(internal, "Build script", Visibility.CLIENT), 112);
        done(task(shared, "Kick-off", Visibility.CLIENT), 50);
        done(task(otherClients, "Their task", Visibility.CLIENT), 113);
        Task reopened = done(task(shared, "Contact form", Visibility.CLIENT), 120);
        move(reopened, TaskStatus.OPEN, 121);
        Task twice = done(task(shared, "Logo", Visibility.CLIENT), 130);
        done(move(twice, TaskStatus.OPEN, 131), 140);

        reach(shared, "launch", 150);
        reach(shared, "margin", 151);
        reach(internal, "launch", 152);

        post(shared, "Launched the new homepage", Visibility.CLIENT, 160);
        post(shared, "Client is slow to pay", Visibility.INTERNAL, 161);
        post(internal, "Shared note on an internal project", Visibility.CLIENT, 162);
        post(otherClients, "Another client's news", Visibility.CLIENT, 163);
        post(shared, "Too late for the period", Visibility.CLIENT, WINDOW_END);

        metric(shared, "deploys", "1", 170);
        metric(shared, "deploys", "2", 171);
        metric(shared, "lighthouse.performance", "91.5", 172);
        metric(shared, "deploys", "5", WINDOW_END);
        metric(internal, "deploys", "9", 173);
        metric(otherClients, "deploys", "9", 174);
    }

    private void metric(Project project, String name, String value, int minute) {
        inTenant(tenant, () -> ports.metrics().record(tenant, project.id(), List.of(new MetricPoint(name,
                new BigDecimal(value), name.equals("deploys") ? "count" : "score", at(minute), Optional.empty())),
                at(minute)));
    }

    @Test
    void inTheClientsView_onlyWhatTheClientMaySee_ofThePeriod_isRead_oldestFirst() {
        assertOnlyShared(this::inClientView);
    }

    @Test
    void onTheAgencysSide_theQueriesFilterTheSameByThemselves() {
        assertOnlyShared(this::onAgencySide);
    }

    @Test
    void aProjectsWindow_readsThatProjectOnly() {
        ReportWindow ofInternal = window(Optional.of(internal.id()));

        assertThat(onAgencySide(() -> ports.reportSources().completedTasks(tenant, ofInternal))).isEmpty();
        assertThat(onAgencySide(() -> ports.reportSources().sharedUpdates(tenant, ofInternal))).isEmpty();
        assertThat(inClientView(() -> ports.reportSources().metricTotals(tenant, ofInternal))).isEmpty();
        assertThat(inClientView(() -> ports.reportSources().reachedMilestones(tenant,
                window(Optional.of(shared.id()))))).extracting(ReportFacts.ReachedMilestone::title)
                .containsExactly("Launch");
    }

    @Test
    void eachListStopsAtTheWindowsLimit() {
        ReportWindow one = new ReportWindow(acme, Optional.empty(), at(WINDOW_START), at(WINDOW_END), 1);

        assertThat(inClientView(() -> ports.reportSources().completedTasks(tenant, one)))
                .extracting(ReportFacts.CompletedTask::title).containsExactly("Homepage copy");
    }

    private void assertOnlyShared(ReadIn readIn) {
        ReportWindow window = window(Optional.empty());

        assertThat(readIn.read(() -> ports.reportSources().completedTasks(tenant, window)))
                .extracting(ReportFacts.CompletedTask::title, ReportFacts.CompletedTask::projectName,
                        ReportFacts.CompletedTask::doneAt)
                .containsExactly(tuple("Homepage copy", "Website", at(110)),
                        tuple("Logo", "Website", at(140)));
        assertThat(readIn.read(() -> ports.reportSources().reachedMilestones(tenant, window)))
                .containsExactly(new ReportFacts.ReachedMilestone("Launch", "Website", at(150)));
        assertThat(readIn.read(() -> ports.reportSources().sharedUpdates(tenant, window)))
                .containsExactly(new ReportFacts.SharedUpdate("Website", "Olive", at(160),
                        "Launched the new homepage"));
        assertThat(readIn.read(() -> ports.reportSources().metricTotals(tenant, window))).containsExactly(
                new ReportFacts.MetricTotal("Website", "deploys", "count", 2, new BigDecimal("3"), BigDecimal.ONE,
                        new BigDecimal("2"), new BigDecimal("1.5")),
                new ReportFacts.MetricTotal("Website", "lighthouse.performance", "score", 1, new BigDecimal("91.5"),
                        new BigDecimal("91.5"), new BigDecimal("91.5"), new BigDecimal("91.5")));
    }

    @FunctionalInterface
    private interface ReadIn {
        <T> T read(Supplier<T> work);
    }

    private <T> T inClientView(Supplier<T> work) {
        return ports.transactions().inClientView(tenant, acme, work);
    }

    private <T> T onAgencySide(Supplier<T> work) {
        return inTenant(tenant, work);
    }

    private ReportWindow window(Optional<ProjectId> project) {
        return new ReportWindow(acme, project, at(WINDOW_START), at(WINDOW_END), ReportWindow.LIMIT + 1);
    }

    private Project project(ClientId client, String name, Visibility visibility) {
        Milestone launch = new Milestone(new MilestoneKey("launch"), "Launch", List.of(), Optional.empty(),
                Visibility.CLIENT, Optional.empty());
        Milestone margin = new Milestone(new MilestoneKey("margin"), "Margin check", List.of(), Optional.empty(),
                Visibility.INTERNAL, Optional.empty());
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails(name, Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0)).withMilestones(List.of(launch, margin), at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    private Task task(Project project, String title, Visibility visibility) {
        return inTenant(tenant, () -> {
            int number = ++tasks;
            Task created = Task.create(new TaskId(newId()), tenant, project.id(), project.clientId(),
                    new TaskKey("RPT-" + number), new TaskDetails(title, Optional.empty(), TaskPriority.NORMAL,
                            Optional.empty(), Optional.empty(), visibility), TaskSource.OPERATOR, at(0));
            ports.tasks().add(created);
            return created;
        });
    }

    private Task done(Task task, int minute) {
        return move(task, TaskStatus.DONE, minute);
    }

    private Task move(Task task, TaskStatus to, int minute) {
        Instant when = at(minute);
        Task moved = task.transitionTo(to, Optional.empty(), when);
        inTenant(tenant, () -> {
            ports.tasks().update(moved, task.version());
            ports.tasks().recordStatusChange(new TaskStatusChange(newId(), tenant, task.id(), task.clientId(),
                    task.status(), to, when));
        });
        return moved;
    }

    private void reach(Project project, String milestone, int minute) {
        Project stored = inTenant(tenant, () -> ports.projects().find(tenant, project.id())).orElseThrow();
        inTenant(tenant, () -> ports.projects().update(
                stored.completeMilestone(new MilestoneKey(milestone), at(minute)), stored.version()));
    }

    private void post(Project project, String body, Visibility visibility, int minute) {
        ProjectUpdate update = ProjectUpdate.post(new UpdateId(newId()), tenant, project.id(), project.clientId(),
                body, visibility, "operator:o", "Olive", at(minute));
        inTenant(tenant, () -> ports.updates().add(update));
    }
}
