package org.clientportal.application.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.capacity.BudgetCommand;
import org.clientportal.application.capacity.LogTimeCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.task.CreateTaskCommand;
import org.clientportal.application.task.TaskChanges;
import org.clientportal.application.task.TaskInput;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.shared.FieldError;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

/**
 * The operator's queue over the fakes. The fake clock starts on Monday 5 January 2026 at 09:00 UTC,
 * when the default working day begins.
 */
class QueueUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final QueueFeature queue = agency.features.queue;
    private final Client acme = agency.client("Acme");
    private final Project site = agency.share(agency.project(acme, "Website"));
    private final Actor ada = agency.signedInContact(acme, "Ada", "request");

    private String file(String kind, String title) {
        return agency.features.asks.fileRequest().execute(ada,
                new FileRequestCommand(site.id().toString(), kind, title, null)).key().value();
    }

    private String taskDue(String title, String dueDate) {
        return agency.features.tasks.createTask().execute(agency.owner, new CreateTaskCommand(site.id().toString(),
                new TaskInput(title, null, null, dueDate, null, null))).task().key().value();
    }

    private void advance(Duration by) {
        agency.fakes.clock.advance(by);
    }

    private List<QueueItem> all() {
        return queue.getQueue().execute(agency.owner, PageInput.firstPage()).items();
    }

    private List<String> ids() {
        return all().stream().map(i -> i.id().toString()).toList();
    }

    @Test
    void aQuietAgency_hasAnEmptyQueue() {
        assertThat(all()).isEmpty();
    }

    @Test
    void everyKind_isListedMostUrgentFirst_eachWithWhy() {
        String request = file("task", "Pricing page");
        advance(Duration.ofMinutes(10));
        String question = file("question", "Invoice?");
        String late = taskDue("Logo", "2026-01-02");
        agency.features.capacity.setBudget().execute(agency.owner, acme.id().toString(),
                new BudgetCommand(BigDecimal.ONE, null, "2026-01-05", null, null));
        agency.features.capacity.logTime().execute(agency.owner, new LogTimeCommand(acme.id().toString(), null, null,
                70L, "2026-01-05", null, null, null));

        List<QueueItem> fresh = all();
        assertThat(fresh).extracting(QueueItem::kind).containsExactly(QueueItemKind.TASK_OVERDUE,
                QueueItemKind.REQUEST_AWAITING_ACCEPTANCE, QueueItemKind.ASK_UNCLASSIFIED,
                QueueItemKind.CAPACITY_EXCEEDED, QueueItemKind.CAPACITY_WARNING);
        assertThat(fresh.get(0).id().toString()).isEqualTo("task_overdue." + late + ".2026-01-02");
        assertThat(fresh.get(0).why()).isEqualTo("Was due 2026-01-02, still open");
        assertThat(fresh.get(1).subject()).isEqualTo(new QueueItem.Subject("task", request));
        assertThat(fresh.get(2).subject()).isEqualTo(new QueueItem.Subject("ask", question));
        assertThat(fresh.get(3).title()).isEqualTo("Acme: capacity");

        advance(Duration.ofHours(6));
        assertThat(all()).extracting(QueueItem::kind).startsWith(QueueItemKind.SLA_AT_RISK, QueueItemKind.SLA_AT_RISK,
                QueueItemKind.TASK_OVERDUE);
        advance(Duration.ofHours(2));
        List<QueueItem> late2 = all();
        assertThat(late2.get(0).kind()).isEqualTo(QueueItemKind.SLA_BREACHED);
        assertThat(late2.get(0).subject().key()).isEqualTo(request);
        assertThat(late2.get(0).why()).isEqualTo("Missed its first response target, due 2026-01-05T17:00:00Z");
        assertThat(late2.get(1).kind()).isEqualTo(QueueItemKind.SLA_AT_RISK);
    }

    @Test
    void eachRequestAtRiskOrBreached_isToldOnce_perState_evenWhenAcknowledgedInTheQueue() {
        String request = file("task", "Pricing page");
        assertThat(queue.raiseSlaAlerts().raise(agency.owner.tenantId(), agency.fakes.clock.now())).isZero();

        advance(Duration.ofHours(6));
        int atRisk = queue.raiseSlaAlerts().raise(agency.owner.tenantId(), agency.fakes.clock.now());
        int again = queue.raiseSlaAlerts().raise(agency.owner.tenantId(), agency.fakes.clock.now());
        queue.acknowledge().execute(agency.owner, "sla_at_risk." + request);
        advance(Duration.ofHours(2));
        int breached = queue.raiseSlaAlerts().raise(agency.owner.tenantId(), agency.fakes.clock.now());

        assertThat(List.of(atRisk, again, breached)).containsExactly(1, 0, 1);
        List<Notification> told = agency.fakes.outbox.all().stream().map(e -> e.notification())
                .filter(n -> n.type().wireName().startsWith("sla.")).toList();
        assertThat(told).extracting(n -> n.type()).containsExactly(NotificationType.SLA_AT_RISK,
                NotificationType.SLA_BREACHED);
        assertThat(told.get(1).payload()).containsEntry("key", request)
                .containsEntry("itemId", "sla_breached." + request).containsEntry("dueAt", "2026-01-05T17:00:00Z");
    }

    @Test
    void pagesOfTwo_walkTheWholeQueue_onceEach_inOrder() {
        file("task", "One");
        file("question", "Two");
        taskDue("Three", "2026-01-01");
        taskDue("Four", "2026-01-02");
        advance(Duration.ofHours(7));
        List<String> everything = ids();

        List<String> walked = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<QueueItem> page = queue.getQueue().execute(agency.owner, new PageInput("2", cursor.orElse(null)));
            page.items().forEach(i -> walked.add(i.id().toString()));
            cursor = page.next().map(c -> c.encode());
        } while (cursor.isPresent());

        assertThat(everything).hasSize(6);
        assertThat(walked).containsExactlyElementsOf(everything);
    }

    @Test
    void anAcknowledgedItem_leavesForGood_aSnoozedOneUntilItWakes_bothAudited() {
        String request = file("task", "Pricing page");
        String question = file("question", "Invoice?");
        Actor member = agency.operatorWithRole("member");

        QueueMark acknowledged = queue.acknowledge().execute(member, "request_awaiting_acceptance." + request);
        assertThat(acknowledged.acknowledged()).isPresent();
        assertThat(queue.acknowledge().execute(agency.owner, "request_awaiting_acceptance." + request).acknowledged())
                .isEqualTo(acknowledged.acknowledged());
        queue.snooze().execute(member, "ask_unclassified." + question, "2026-01-05T12:00:00Z");
        assertThat(ids()).isEmpty();

        advance(Duration.ofHours(4));
        assertThat(ids()).containsExactly("ask_unclassified." + question);
        assertThat(agency.fakes.auditTrail.all().stream().map(AuditEvent::action))
                .containsSubsequence("queue-item.acknowledged", "queue-item.snoozed");
    }

    @Test
    void anItemNotInTheQueue_isNotFound_andABadSnoozeNamesUntil() {
        String request = file("task", "Pricing page");
        String id = "request_awaiting_acceptance." + request;

        assertThatThrownBy(() -> queue.acknowledge().execute(agency.owner, "task_overdue.ACME-99.2026-01-01"))
                .isInstanceOf(NotFound.class);
        for (String malformed : List.of("nonsense", "task_overdue.ACME-1", "task_overdue.ACME-1.2026-02-30",
                "capacity_warning.x.2026-01-01", "")) {
            assertThatThrownBy(() -> queue.snooze().execute(agency.owner, malformed, "2026-01-06T09:00:00Z"))
                    .as(malformed).isInstanceOf(NotFound.class);
        }
        for (String until : List.of("2026-01-05T08:00:00Z", "2026-06-01T00:00:00Z", "tomorrow")) {
            assertThat(catchThrowableOfType(ValidationFailed.class,
                    () -> queue.snooze().execute(agency.owner, id, until)).fieldErrors())
                    .as(until).extracting(FieldError::field).containsExactly("until");
        }
        assertThatThrownBy(() -> queue.snooze().execute(agency.owner, id, null)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> queue.acknowledge().execute(agency.operatorWithRole("viewer"), id))
                .isInstanceOf(AccessDenied.class);
        assertThat(ids()).containsExactly(id);
    }

    @Test
    void aNewDueDate_isANewItem_andAnAcceptedRequestLeaves() {
        String late = taskDue("Logo", "2026-01-02");
        queue.acknowledge().execute(agency.owner, "task_overdue." + late + ".2026-01-02");
        agency.features.tasks.updateTask().execute(agency.owner, late, new TaskChanges(Change.keep(), Change.keep(),
                Change.keep(), Change.to("2026-01-04"), Change.keep(), Change.keep(), Optional.empty()));
        String request = file("task", "Pricing page");

        assertThat(ids()).containsExactly("task_overdue." + late + ".2026-01-04", "request_awaiting_acceptance." + request);
        agency.move(agency.fakes.tasks.find(agency.owner.tenantId(), new TaskKey(request)).orElseThrow(), "open");
        assertThat(ids()).containsExactly("task_overdue." + late + ".2026-01-04");
        assertThat(Instant.parse("2026-01-05T00:00:00Z")).isEqualTo(all().get(0).at());
    }
}
