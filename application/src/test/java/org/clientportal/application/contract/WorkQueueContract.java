package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.docs.DocsAmounts;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportPeriod;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.task.TaskStatus;
import org.junit.jupiter.api.Test;

/** The queue's stored kinds, read oldest first after a place, hidden by marks, in their own agency only. */
public abstract class WorkQueueContract extends StorageContract {

    private static final LocalDate TODAY = LocalDate.parse("2026-01-05");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private int keys;

    private record Place(TenantId tenant, ClientId client, ProjectId project, ContactId contact) {
    }

    private Place place() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0));
        Contact contact = Contact.create(new ContactId(newId()), tenant, client, "Ada",
                new EmailAddress("ada-" + newId() + "@client.test"), PortalRights.viewOnly(), at(0));
        inTenant(tenant, () -> {
            ports.projects().add(project);
            ports.contacts().add(contact);
        });
        return new Place(tenant, client, project.id(), contact.id());
    }

    private Task task(Place place, TaskSource source, String dueDate, int minute) {
        Task task = Task.create(new TaskId(newId()), place.tenant(), place.project(), place.client(),
                new TaskKey("WQ-" + ++keys), new TaskDetails("Task " + keys, Optional.empty(), TaskPriority.NORMAL,
                        Optional.ofNullable(dueDate).map(LocalDate::parse), Optional.empty(), Visibility.CLIENT),
                source, at(minute));
        inTenant(place.tenant(), () -> ports.tasks().add(task));
        return task;
    }

    private Ask ask(Place place, int minute) {
        Ask ask = Ask.file(new AskId(newId()), place.tenant(), place.client(), Optional.of(place.project()),
                new TaskKey("WQ-" + ++keys), AskKind.QUESTION, "Ask " + keys, Optional.empty(), place.contact(), "Ada",
                at(minute));
        inTenant(place.tenant(), () -> ports.asks().add(ask));
        return ask;
    }

    private CapacityBudgetId crossed(Place place, CapacityLevel level, int minute) {
        CapacityBudget budget = CapacityBudget.set(new CapacityBudgetId(newId()), place.tenant(), place.client(),
                new BudgetTerms(BigDecimal.TEN, BudgetPeriod.MONTH, TODAY, Optional.empty(), false), at(0));
        inTenant(place.tenant(), () -> {
            ports.budgets().add(budget);
            ports.budgets().raise(place.tenant(), new CapacityCrossing(budget.id(), TODAY, level, at(minute)));
        });
        return budget.id();
    }

    private List<QueueItem> items(TenantId tenant, QueueItemKind kind, Optional<Position> after) {
        return inTenant(tenant, () -> ports.workQueue().items(tenant, kind, TODAY, UTC, at(100), after, 10));
    }

    private List<String> ids(TenantId tenant, QueueItemKind kind) {
        return items(tenant, kind, Optional.empty()).stream().map(i -> i.id().toString()).toList();
    }

    @Test
    void eachStoredKind_listsWhatNeedsAnOperator_oldestFirst() {
        Place place = place();
        Task earliest = task(place, TaskSource.OPERATOR, "2026-01-01", 1);
        Task late = task(place, TaskSource.OPERATOR, "2026-01-03", 2);
        Task done = task(place, TaskSource.OPERATOR, "2026-01-02", 3);
        inTenant(place.tenant(), () -> ports.tasks().update(done.transitionTo(TaskStatus.DONE, Optional.empty(), at(4)),
                done.version()));
        task(place, TaskSource.OPERATOR, "2026-01-05", 5);
        Task requested = task(place, TaskSource.PORTAL, null, 6);
        Ask open = ask(place, 7);
        Ask classified = ask(place, 8);
        inTenant(place.tenant(), () -> ports.asks().update(classified.classify(AskClassification.NOT_ACTIONABLE,
                Optional.empty(), "operator:x", at(9)), classified.version()));
        CapacityBudgetId warned = crossed(place, CapacityLevel.WARNING, 10);
        CapacityBudgetId exceeded = crossed(place, CapacityLevel.EXCEEDED, 11);

        List<QueueItem> overdue = items(place.tenant(), QueueItemKind.TASK_OVERDUE, Optional.empty());
        assertThat(overdue).extracting(i -> i.id().toString()).containsExactly(
                "task_overdue." + earliest.key() + ".2026-01-01", "task_overdue." + late.key() + ".2026-01-03");
        assertThat(overdue.get(0).at()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(overdue.get(0).recordId()).isEqualTo(earliest.id().value());
        assertThat(ids(place.tenant(), QueueItemKind.REQUEST_AWAITING_ACCEPTANCE))
                .containsExactly("request_awaiting_acceptance." + requested.key());
        assertThat(items(place.tenant(), QueueItemKind.ASK_UNCLASSIFIED, Optional.empty()))
                .extracting(QueueItem::subject).containsExactly(new QueueItem.Subject("ask", open.key().value()));
        List<QueueItem> warnings = items(place.tenant(), QueueItemKind.CAPACITY_WARNING, Optional.empty());
        assertThat(warnings).extracting(i -> i.id().toString())
                .containsExactly("capacity_warning." + warned + ".2026-01-05");
        assertThat(warnings.get(0).title()).isEqualTo("Client: capacity");
        assertThat(ids(place.tenant(), QueueItemKind.CAPACITY_EXCEEDED))
                .containsExactly("capacity_exceeded." + exceeded + ".2026-01-05");

        QueueItem first = overdue.get(0);
        assertThat(items(place.tenant(), QueueItemKind.TASK_OVERDUE, Optional.of(new Position(
                new SortValue.Time(first.at()), first.recordId())))).containsExactly(overdue.get(1));
        TenantId other = newTenant();
        assertThat(ids(other, QueueItemKind.TASK_OVERDUE)).isEmpty();
        assertThat(inTenant(other, () -> ports.workQueue().item(other, first.id(), TODAY, UTC))).isEmpty();
    }

    @Test
    void reportsInReview_waitForAnOperator_oldestChangeFirst_andAreMarkedByTheirId() {
        Place place = place();
        Report later = report(place, "Later", ReportStatus.IN_REVIEW, 20);
        Report earlier = report(place, "Earlier", ReportStatus.IN_REVIEW, 10);
        report(place, "Still a draft", ReportStatus.DRAFT, 5);
        report(place, "Approved", ReportStatus.APPROVED, 6);

        List<QueueItem> inReview = items(place.tenant(), QueueItemKind.REPORT_AWAITING_REVIEW, Optional.empty());

        assertThat(inReview).extracting(QueueItem::title).containsExactly("Earlier", "Later");
        assertThat(inReview.get(0).id()).isEqualTo(QueueItemId.ofReport(earlier.id()));
        assertThat(inReview.get(0).subject()).isEqualTo(new QueueItem.Subject("report", earlier.id().toString()));
        assertThat(inReview.get(0).at()).isEqualTo(at(10));
        assertThat(items(place.tenant(), QueueItemKind.REPORT_AWAITING_REVIEW, Optional.of(new Position(
                new SortValue.Time(at(10)), earlier.id().value())))).extracting(QueueItem::title)
                .containsExactly("Later");
        assertThat(inTenant(place.tenant(), () -> ports.workQueue().item(place.tenant(),
                QueueItemId.ofReport(later.id()), TODAY, UTC))).isPresent();
        inTenant(place.tenant(), () -> ports.workQueue().saveMark(place.tenant(),
                QueueMark.none(QueueItemId.ofReport(earlier.id())).acknowledge("operator:a", at(30))));
        assertThat(items(place.tenant(), QueueItemKind.REPORT_AWAITING_REVIEW, Optional.empty()))
                .extracting(QueueItem::title).containsExactly("Later");
    }

    @Test
    void overdueInvoicesOfClients_waitForAnOperator_oldestFirst_butNotUnmatchedOrPaidOnes() {
        Place place = place();
        DocsRecord later = invoice(place.tenant(), Optional.of(place.client()), "inv_2", DocsStatus.OVERDUE, 20);
        DocsRecord earlier = invoice(place.tenant(), Optional.of(place.client()), "inv_1", DocsStatus.OVERDUE, 10);
        invoice(place.tenant(), Optional.empty(), "inv_3", DocsStatus.OVERDUE, 5);
        invoice(place.tenant(), Optional.of(place.client()), "inv_4", DocsStatus.PAID, 5);

        List<QueueItem> overdue = items(place.tenant(), QueueItemKind.INVOICE_OVERDUE, Optional.empty());

        assertThat(overdue).extracting(QueueItem::id).containsExactly(QueueItemId.ofInvoice(earlier.id()),
                QueueItemId.ofInvoice(later.id()));
        assertThat(overdue.get(0).subject()).isEqualTo(new QueueItem.Subject("invoice", earlier.id().toString()));
        assertThat(overdue.get(0).title()).isEqualTo("Invoice inv_1 (2026-inv_1)");
        assertThat(overdue.get(0).why()).isEqualTo("Overdue since 2026-01-04: 80.00 EUR still due");
        assertThat(items(place.tenant(), QueueItemKind.INVOICE_OVERDUE, Optional.of(new Position(
                new SortValue.Time(at(10)), earlier.id().value())))).extracting(QueueItem::id)
                .containsExactly(QueueItemId.ofInvoice(later.id()));
        inTenant(place.tenant(), () -> ports.workQueue().saveMark(place.tenant(),
                QueueMark.none(QueueItemId.ofInvoice(later.id())).acknowledge("operator:a", at(30))));
        assertThat(ids(place.tenant(), QueueItemKind.INVOICE_OVERDUE))
                .containsExactly(QueueItemId.ofInvoice(earlier.id()).toString());
        assertThat(inTenant(place.tenant(), () -> ports.workQueue().item(place.tenant(),
                QueueItemId.ofInvoice(earlier.id()), TODAY, UTC))).isPresent();
    }

    private DocsRecord invoice(TenantId tenant, Optional<ClientId> client, String id, DocsStatus status, int minute) {
        DocsRecord record = new DocsRecord(new DocsRecordId(newId()), tenant, client, new DocsFacts(DocsKind.INVOICE,
                id, "ACME", "Invoice " + id, Optional.of("2026-" + id), status, Optional.of(DocsAmounts.of(
                        Currency.getInstance("EUR"), new BigDecimal("100"), new BigDecimal("80"))),
                Optional.of(TODAY.minusDays(1)), Optional.empty(), true, at(minute)), at(minute));
        inTenant(tenant, () -> ports.docsRecords().add(record));
        return record;
    }

    private Report report(Place place, String title, ReportStatus status, int minute) {
        Report draft = Report.draft(new ReportId(newId()), place.tenant(), place.client(), Optional.empty(),
                new ReportPeriod(TODAY.minusDays(30), TODAY), title, "# " + title, "operator:o", at(minute));
        Report moved = switch (status) {
            case DRAFT -> draft;
            case IN_REVIEW -> draft.movedTo(ReportStatus.IN_REVIEW, at(minute));
            case APPROVED -> draft.movedTo(ReportStatus.IN_REVIEW, at(minute)).movedTo(ReportStatus.APPROVED, at(minute));
            default -> throw new IllegalArgumentException("not needed here: " + status);
        };
        inTenant(place.tenant(), () -> ports.reports().add(moved));
        return moved;
    }

    @Test
    void aMark_hidesItsItem_whileItHolds_andIsReadBackAsStored() {
        Place place = place();
        Task one = task(place, TaskSource.PORTAL, null, 1);
        Task two = task(place, TaskSource.PORTAL, null, 2);
        Task three = task(place, TaskSource.PORTAL, null, 3);
        QueueItemId first = QueueItemId.ofRequest(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, one.key());
        QueueItemId second = QueueItemId.ofRequest(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, two.key());
        QueueItemId third = QueueItemId.ofRequest(QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, three.key());
        QueueMark acknowledged = QueueMark.none(first).acknowledge("operator:a", at(10));
        QueueMark snoozed = QueueMark.none(second).snooze(at(200), "operator:b", at(10));
        QueueMark woken = QueueMark.none(third).snooze(at(50), "operator:b", at(10));
        inTenant(place.tenant(), () -> {
            ports.workQueue().saveMark(place.tenant(), acknowledged);
            ports.workQueue().saveMark(place.tenant(), snoozed);
            ports.workQueue().saveMark(place.tenant(), woken);
        });

        assertThat(ids(place.tenant(), QueueItemKind.REQUEST_AWAITING_ACCEPTANCE)).containsExactly(third.toString());
        assertThat(inTenant(place.tenant(), () -> ports.workQueue().item(place.tenant(), first, TODAY, UTC)))
                .isPresent();
        assertThat(inTenant(place.tenant(), () -> ports.workQueue().marks(place.tenant(), List.of(first, second))))
                .isEqualTo(Map.of(first, acknowledged, second, snoozed));
        QueueMark both = snoozed.acknowledge("operator:c", at(20));
        inTenant(place.tenant(), () -> ports.workQueue().saveMark(place.tenant(), both));
        assertThat(inTenant(place.tenant(), () -> ports.workQueue().marks(place.tenant(), List.of(second))))
                .containsEntry(second, both);
        TenantId other = newTenant();
        assertThat(inTenant(other, () -> ports.workQueue().marks(other, List.of(first)))).isEmpty();
    }

    @Test
    void whatSlaItemsAreAbout_isFoundByKey_aTaskBeforeAnAsk() {
        Place place = place();
        Task task = task(place, TaskSource.PORTAL, null, 1);
        Ask ask = ask(place, 2);

        Map<TaskKey, QueueItem.Request> found = inTenant(place.tenant(), () -> ports.workQueue().requests(
                place.tenant(), List.of(task.key(), ask.key(), new TaskKey("WQ-999"))));

        assertThat(found).containsOnlyKeys(task.key(), ask.key());
        assertThat(found.get(task.key())).isEqualTo(new QueueItem.Request("task", task.key(), task.details().title(),
                place.client(), task.id().value()));
        assertThat(found.get(ask.key()).type()).isEqualTo("ask");
    }
}
