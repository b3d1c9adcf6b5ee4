package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.agenda.StaleItem;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.project.Milestone;
import org.clientportal.domain.project.MilestoneKey;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** Work coming due and work gone stale, each one ordered list across kinds of record, in its own agency only. */
public abstract class AgendaContract extends StorageContract {

    private static final LocalDate FROM = LocalDate.parse("2026-01-05");
    private static final LocalDate TO = LocalDate.parse("2026-01-12");

    private int keys;

    private Project project(TenantId tenant, ClientId client, int minute) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Project " + minute, Optional.empty(), Optional.empty(), Optional.empty()), at(minute));
        inTenant(tenant, () -> ports.projects().add(project));
        return project;
    }

    private Task task(Project project, String dueDate, int minute) {
        Task task = Task.create(new TaskId(newId()), project.tenantId(), project.id(), project.clientId(),
                new TaskKey("AG-" + ++keys), new TaskDetails("Task " + keys, Optional.empty(), TaskPriority.NORMAL,
                        Optional.ofNullable(dueDate).map(LocalDate::parse), Optional.empty(), Visibility.INTERNAL),
                TaskSource.OPERATOR, at(minute));
        inTenant(project.tenantId(), () -> ports.tasks().add(task));
        return task;
    }

    private static Milestone milestone(String key, String dueDate) {
        return new Milestone(new MilestoneKey(key), "Milestone " + key, List.of(), Optional.of(LocalDate.parse(dueDate)),
                Visibility.INTERNAL, Optional.empty());
    }

    private List<DueItem> due(TenantId tenant, Optional<Position> after) {
        return inTenant(tenant, () -> ports.agenda().due(tenant, FROM, TO, after, 10));
    }

    @Test
    void openTasksAndMilestones_dueInTheRange_areListedSoonestFirst() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project site = project(tenant, client, 0);
        Task soon = task(site, "2026-01-06", 1);
        Task last = task(site, "2026-01-12", 2);
        task(site, "2026-01-04", 3);
        task(site, "2026-01-13", 4);
        task(site, null, 5);
        Task done = task(site, "2026-01-07", 6);
        inTenant(tenant, () -> ports.tasks().update(done.transitionTo(TaskStatus.DONE, Optional.empty(), at(7)),
                done.version()));
        Project planned = site.withMilestones(List.of(milestone("launch", "2026-01-08"), milestone("later", "2026-02-01")),
                at(8));
        inTenant(tenant, () -> ports.projects().update(planned, site.version()));
        Project closed = project(tenant, client, 9);
        Project closedPlan = closed.withMilestones(List.of(milestone("never", "2026-01-09")), at(10))
                .transitionTo(ProjectStatus.CANCELLED, at(10));
        inTenant(tenant, () -> ports.projects().update(closedPlan, closed.version()));

        List<DueItem> due = due(tenant, Optional.empty());

        assertThat(due).extracting(DueItem::key).containsExactly(soon.key().value(), "launch", last.key().value());
        assertThat(due.get(1)).extracting(DueItem::type, DueItem::projectId, DueItem::clientId, DueItem::status)
                .containsExactly("milestone", Optional.of(site.id()), client, "open");
        assertThat(due.get(0).status()).isEqualTo("open");
        DueItem first = due.get(0);
        assertThat(due(tenant, Optional.of(new Position(new SortValue.Date(Optional.of(first.dueDate())),
                first.orderId())))).containsExactlyElementsOf(due.subList(1, 3));
        TenantId other = newTenant();
        assertThat(due(other, Optional.empty())).isEmpty();
    }

    @Test
    void reportsStillOnTheirWay_areDueOnTheirPeriodsLastDay() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Report draft = report(tenant, client, "January", "2026-01-10", ReportStatus.DRAFT);
        Report approved = report(tenant, client, "Week 2", "2026-01-06", ReportStatus.APPROVED);
        report(tenant, client, "Published", "2026-01-07", ReportStatus.PUBLISHED);
        report(tenant, client, "Discarded", "2026-01-08", ReportStatus.DISCARDED);
        report(tenant, client, "February", "2026-02-28", ReportStatus.DRAFT);

        List<DueItem> due = due(tenant, Optional.empty());

        assertThat(due).extracting(DueItem::title).containsExactly("Week 2", "January");
        assertThat(due.get(1)).extracting(DueItem::type, DueItem::key, DueItem::projectId, DueItem::status,
                DueItem::orderId).containsExactly("report", draft.id().toString(), Optional.empty(), "draft",
                draft.id().value());
        assertThat(due.get(0).status()).isEqualTo("approved");
        assertThat(due(tenant, Optional.of(new Position(new SortValue.Date(Optional.of(approved.period().to())),
                approved.id().value())))).extracting(DueItem::title).containsExactly("January");
    }

    @Test
    void unpaidInvoicesOfClients_areDueOnTheirDueDate_butNotPaidOrUnmatchedOnes() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        DocsRecord issued = invoice(tenant, Optional.of(client), "March", "2026-01-09", DocsStatus.ISSUED);
        invoice(tenant, Optional.of(client), "Overdue", "2026-01-06", DocsStatus.OVERDUE);
        invoice(tenant, Optional.of(client), "Paid", "2026-01-07", DocsStatus.PAID);
        invoice(tenant, Optional.empty(), "Unmatched", "2026-01-07", DocsStatus.ISSUED);
        invoice(tenant, Optional.of(client), "April", "2026-02-28", DocsStatus.ISSUED);

        List<DueItem> due = due(tenant, Optional.empty());

        assertThat(due).extracting(DueItem::title).containsExactly("Overdue", "March");
        assertThat(due.get(1)).extracting(DueItem::type, DueItem::key, DueItem::projectId, DueItem::clientId,
                DueItem::status, DueItem::orderId).containsExactly("invoice", issued.id().toString(), Optional.empty(),
                client, "issued", issued.id().value());
    }

    private DocsRecord invoice(TenantId tenant, Optional<ClientId> client, String title, String dueDate,
                               DocsStatus status) {
        DocsRecord record = new DocsRecord(new DocsRecordId(newId()), tenant, client, new DocsFacts(DocsKind.INVOICE,
                "inv_" + title, "ACME", title, Optional.empty(), status, Optional.empty(),
                Optional.of(LocalDate.parse(dueDate)), Optional.empty(), false, at(0)), at(0));
        inTenant(tenant, () -> ports.docsRecords().add(record));
        return record;
    }

    private Report report(TenantId tenant, ClientId client, String title, String lastDay, ReportStatus status) {
        LocalDate to = LocalDate.parse(lastDay);
        Report report = Report.draft(new ReportId(newId()), tenant, client, Optional.empty(),
                new ReportPeriod(to.minusDays(6), to), title, "# " + title, "operator:o", at(0));
        for (ReportStatus step : switch (status) {
            case DRAFT -> List.<ReportStatus>of();
            case APPROVED -> List.of(ReportStatus.IN_REVIEW, ReportStatus.APPROVED);
            case PUBLISHED -> List.of(ReportStatus.IN_REVIEW, ReportStatus.APPROVED, ReportStatus.PUBLISHED);
            case DISCARDED -> List.of(ReportStatus.DISCARDED);
            case IN_REVIEW -> List.of(ReportStatus.IN_REVIEW);
        }) {
            report = report.movedTo(step, at(1));
        }
        Report stored = report;
        inTenant(tenant, () -> ports.reports().add(stored));
        return stored;
    }

    @Test
    void leadsProjectsAndTasksUntouchedSince_areListedOldestFirst() {
        TenantId tenant = newTenant();
        ClientId lead = newClient(tenant);
        Client active = Client.create(new ClientId(newId()), tenant, new ClientProfile(
                        "Active", Optional.empty(), Optional.empty(), Optional.empty()), newPrefix(),
                ClientSource.MANUAL, Optional.empty(), at(1))
                .transitionTo(ClientStatus.ONBOARDING, at(1));
        inTenant(tenant, () -> ports.clients().add(active));
        Project site = project(tenant, lead, 2);
        Task old = task(site, null, 3);
        Task done = task(site, null, 4);
        inTenant(tenant, () -> ports.tasks().update(done.transitionTo(TaskStatus.DONE, Optional.empty(), at(5)),
                done.version()));
        task(site, null, 60);

        List<StaleItem> stale = inTenant(tenant, () -> ports.agenda().stale(tenant, at(30), Optional.empty(), 10));

        assertThat(stale).extracting(StaleItem::type, StaleItem::id).containsExactly(
                tuple("client", lead.value()),
                tuple("project", site.id().value()),
                tuple("task", old.id().value()));
        assertThat(stale.get(2).key()).contains(old.key().value());
        assertThat(stale.get(0).status()).isEqualTo("lead");
        StaleItem first = stale.get(0);
        assertThat(inTenant(tenant, () -> ports.agenda().stale(tenant, at(30), Optional.of(new Position(
                new SortValue.Time(first.updatedAt()), first.id())), 10))).containsExactlyElementsOf(stale.subList(1, 3));
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.agenda().stale(other, at(30), Optional.empty(), 10))).isEmpty();
    }
}
