package org.clientportal.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskStatus;

/** The queue's stored kinds read from the other fakes' maps, and marks in a map of their own. */
public final class InMemoryWorkQueue implements WorkQueue {

    private record Key(TenantId tenant, QueueItemId item) {
    }

    private static final Comparator<QueueItem> OLDEST_FIRST = Comparator.comparing(QueueItem::at)
            .thenComparing(i -> i.recordId().toString());

    private final InMemoryTaskRepository tasks;
    private final InMemoryAskRepository asks;
    private final InMemoryCapacityBudgetRepository budgets;
    private final InMemoryClientRepository clients;
    private final InMemoryReportRepository reports;
    private final InMemoryDocsRepository docs;
    private final TransactionalMap<Key, QueueMark> marks;

    public InMemoryWorkQueue(InMemoryTransactions transactions, InMemoryTaskRepository tasks, InMemoryAskRepository asks,
                             InMemoryCapacityBudgetRepository budgets, InMemoryClientRepository clients,
                             InMemoryReportRepository reports, InMemoryDocsRepository docs) {
        this.tasks = tasks;
        this.reports = reports;
        this.docs = docs;
        this.asks = asks;
        this.budgets = budgets;
        this.clients = clients;
        this.marks = new TransactionalMap<>(transactions);
    }

    @Override
    public List<QueueItem> items(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone, Instant now,
                                 Optional<Position> after, int limit) {
        return all(tenant, kind, today, zone)
                .filter(i -> marks.get(new Key(tenant, i.id())).map(m -> !m.hides(now)).orElse(true))
                .filter(i -> after.map(p -> isAfter(i, p)).orElse(true))
                .sorted(OLDEST_FIRST).limit(limit).toList();
    }

    @Override
    public Optional<QueueItem> item(TenantId tenant, QueueItemId id, LocalDate today, ZoneId zone) {
        return all(tenant, id.kind(), today, zone).filter(i -> i.id().equals(id)).findFirst();
    }

    private static boolean isAfter(QueueItem item, Position position) {
        Instant at = ((SortValue.Time) position.key()).value();
        int byTime = item.at().compareTo(at);
        return byTime > 0 || (byTime == 0 && item.recordId().toString().compareTo(position.id().toString()) > 0);
    }

    private Stream<QueueItem> all(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone) {
        Stream<Task> ofTenant = tasks.all().stream().filter(t -> t.tenantId().equals(tenant));
        return switch (kind) {
            case TASK_OVERDUE -> ofTenant
                    .filter(t -> t.status() != TaskStatus.DONE && t.status() != TaskStatus.CANCELLED)
                    .filter(t -> t.details().dueDate().filter(d -> d.isBefore(today)).isPresent())
                    .map(t -> QueueItem.overdueTask(request(t), t.details().dueDate().orElseThrow(), t.status(), zone));
            case REQUEST_AWAITING_ACCEPTANCE -> ofTenant.filter(t -> t.status() == TaskStatus.REQUESTED)
                    .map(t -> QueueItem.awaitingAcceptance(request(t), t.createdAt()));
            case ASK_UNCLASSIFIED -> asks.all().stream().filter(a -> a.tenantId().equals(tenant))
                    .filter(a -> a.classification() == AskClassification.UNCLASSIFIED)
                    .map(a -> QueueItem.unclassifiedAsk(request(a), a.kind(), a.createdAt()));
            case REPORT_AWAITING_REVIEW -> reports.all().stream()
                    .filter(r -> r.tenantId().equals(tenant) && r.status() == ReportStatus.IN_REVIEW)
                    .map(r -> QueueItem.reportInReview(r.id(), r.title(), r.clientId(), r.updatedAt()));
            case INVOICE_OVERDUE -> docs.all().stream()
                    .filter(r -> r.tenantId().equals(tenant) && r.facts().kind() == DocsKind.INVOICE
                            && r.facts().status() == DocsStatus.OVERDUE && r.clientId().isPresent())
                    .map(QueueItem::overdueInvoice);
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> budgets.allCrossings().stream()
                    .filter(c -> (c.level() == CapacityLevel.EXCEEDED) == (kind == QueueItemKind.CAPACITY_EXCEEDED))
                    .flatMap(c -> budgets.find(tenant, c.budgetId()).stream().map(b -> crossed(tenant, b, c)));
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
    }

    private QueueItem crossed(TenantId tenant, CapacityBudget budget, CapacityCrossing c) {
        String name = clients.find(tenant, budget.clientId()).orElseThrow().profile().name();
        return QueueItem.capacityCrossed(c, budget.clientId(), name);
    }

    private static QueueItem.Request request(Task t) {
        return new QueueItem.Request("task", t.key(), t.details().title(), t.clientId(), t.id().value());
    }

    private static QueueItem.Request request(Ask a) {
        return new QueueItem.Request("ask", a.key(), a.title(), a.clientId(), a.id().value());
    }

    @Override
    public Map<TaskKey, QueueItem.Request> requests(TenantId tenant, Collection<TaskKey> keys) {
        Map<TaskKey, QueueItem.Request> found = new LinkedHashMap<>();
        tasks.findAll(tenant, keys).forEach(t -> found.put(t.key(), request(t)));
        asks.findAll(tenant, keys).forEach(a -> found.putIfAbsent(a.key(), request(a)));
        return found;
    }

    @Override
    public Map<QueueItemId, QueueMark> marks(TenantId tenant, Collection<QueueItemId> ids) {
        Map<QueueItemId, QueueMark> found = new LinkedHashMap<>();
        ids.forEach(id -> marks.get(new Key(tenant, id)).ifPresent(m -> found.put(id, m)));
        return found;
    }

    @Override
    public void saveMark(TenantId tenant, QueueMark mark) {
        marks.put(new Key(tenant, mark.itemId()), mark);
    }
}
