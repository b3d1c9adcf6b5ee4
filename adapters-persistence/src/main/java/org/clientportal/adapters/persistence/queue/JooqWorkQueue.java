package org.clientportal.adapters.persistence.queue;

import static org.clientportal.adapters.persistence.generated.Tables.ASKS;
import static org.clientportal.adapters.persistence.generated.Tables.CAPACITY_BUDGETS;
import static org.clientportal.adapters.persistence.generated.Tables.CAPACITY_CROSSINGS;
import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;
import static org.clientportal.adapters.persistence.generated.Tables.DOCS_RECORDS;
import static org.clientportal.adapters.persistence.generated.Tables.QUEUE_MARKS;
import static org.clientportal.adapters.persistence.generated.Tables.REPORTS;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.adapters.persistence.docs.DocsRows;
import org.clientportal.adapters.persistence.generated.tables.records.QueueMarksRecord;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.report.ReportId;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskStatus;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/**
 * The queue's stored kinds, each one indexed query read oldest first (V30__work_queue.sql), and the
 * marks operators leave. An item's id is computed in SQL as {@link QueueItemId} writes it, so a mark
 * hides its item inside the same query.
 */
public final class JooqWorkQueue implements WorkQueue {

    private static final String INVOICE = Lifecycle.wireName(DocsKind.INVOICE);
    private static final String OVERDUE = Lifecycle.wireName(DocsStatus.OVERDUE);
    private static final List<String> CLOSED = List.of(Lifecycle.wireName(TaskStatus.DONE),
            Lifecycle.wireName(TaskStatus.CANCELLED));

    @Override
    public List<QueueItem> items(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone, Instant now,
                                 Optional<Position> after, int limit) {
        return CurrentTransaction.dsl().fetch(itemsQuery(tenant, kind, today, zone, now, after, limit))
                .map(r -> item(kind, r, zone));
    }

    @Override
    public Optional<QueueItem> item(TenantId tenant, QueueItemId id, LocalDate today, ZoneId zone) {
        Condition subject = switch (id.kind()) {
            case TASK_OVERDUE -> TASKS.KEY.eq(id.requestOrTaskKey().value()).and(TASKS.DUE_DATE.eq(id.day()));
            case REQUEST_AWAITING_ACCEPTANCE -> TASKS.KEY.eq(id.requestOrTaskKey().value());
            case ASK_UNCLASSIFIED -> ASKS.KEY.eq(id.requestOrTaskKey().value());
            case REPORT_AWAITING_REVIEW -> REPORTS.ID.eq(id.report().value());
            case INVOICE_OVERDUE -> DOCS_RECORDS.ID.eq(id.invoice().value());
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> CAPACITY_CROSSINGS.BUDGET_ID.eq(id.budget().value())
                    .and(CAPACITY_CROSSINGS.PERIOD_START.eq(id.day()));
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
        return read(tenant, id.kind(), today, zone, subject, 1).stream().findFirst();
    }

    private List<QueueItem> read(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone, Condition extra,
                                 int limit) {
        return CurrentTransaction.dsl().fetch(query(tenant, kind, today, extra, limit)).map(r -> item(kind, r, zone));
    }

    /** The items of a visible kind after a place, as {@link #items} runs it: for the plan tests. */
    static ResultQuery<? extends Record> itemsQuery(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone,
                                          Instant now, Optional<Position> after, int limit) {
        return query(tenant, kind, today, visible(tenant, kind, now).and(after.map(p -> keyset(kind, p, zone))
                .orElse(DSL.noCondition())), limit);
    }

    private static Condition visible(TenantId tenant, QueueItemKind kind, Instant now) {
        return DSL.notExists(DSL.selectOne().from(QUEUE_MARKS).where(
                QUEUE_MARKS.TENANT_ID.eq(tenant.value()), QUEUE_MARKS.ITEM_ID.eq(itemId(kind)),
                QUEUE_MARKS.ACKNOWLEDGED_AT.isNotNull().or(QUEUE_MARKS.SNOOZED_UNTIL.gt(now))));
    }

    private static ResultQuery<? extends Record> query(TenantId tenant, QueueItemKind kind, LocalDate today, Condition extra,
                                             int limit) {
        var dsl = CurrentTransaction.dsl();
        return switch (kind) {
            case TASK_OVERDUE -> dsl.select(TASKS.ID, TASKS.KEY, TASKS.TITLE, TASKS.CLIENT_ID, TASKS.DUE_DATE,
                            TASKS.STATUS)
                    .from(TASKS)
                    .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.DUE_DATE.isNotNull(), TASKS.DUE_DATE.lt(today),
                            TASKS.STATUS.notIn(CLOSED), extra)
                    .orderBy(TASKS.DUE_DATE, TASKS.ID).limit(limit);
            case REQUEST_AWAITING_ACCEPTANCE -> dsl.select(TASKS.ID, TASKS.KEY, TASKS.TITLE, TASKS.CLIENT_ID,
                            TASKS.CREATED_AT)
                    .from(TASKS)
                    .where(TASKS.TENANT_ID.eq(tenant.value()),
                            TASKS.STATUS.eq(Lifecycle.wireName(TaskStatus.REQUESTED)), extra)
                    .orderBy(TASKS.CREATED_AT, TASKS.ID).limit(limit);
            case ASK_UNCLASSIFIED -> dsl.select(ASKS.ID, ASKS.KEY, ASKS.TITLE, ASKS.CLIENT_ID, ASKS.KIND,
                            ASKS.CREATED_AT)
                    .from(ASKS)
                    .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.CLASSIFICATION.eq(Lifecycle.wireName(AskClassification.UNCLASSIFIED)), extra)
                    .orderBy(ASKS.CREATED_AT, ASKS.ID).limit(limit);
            case REPORT_AWAITING_REVIEW -> dsl.select(REPORTS.ID, REPORTS.TITLE, REPORTS.CLIENT_ID, REPORTS.UPDATED_AT)
                    .from(REPORTS)
                    .where(REPORTS.TENANT_ID.eq(tenant.value()),
                            REPORTS.STATUS.eq(Lifecycle.wireName(ReportStatus.IN_REVIEW)), extra)
                    .orderBy(REPORTS.UPDATED_AT, REPORTS.ID).limit(limit);
            case INVOICE_OVERDUE -> dsl.selectFrom(DOCS_RECORDS)
                    .where(DOCS_RECORDS.TENANT_ID.eq(tenant.value()), DOCS_RECORDS.KIND.eq(INVOICE),
                            DOCS_RECORDS.STATUS.eq(OVERDUE), DOCS_RECORDS.CLIENT_ID.isNotNull(), extra)
                    .orderBy(DOCS_RECORDS.AS_OF, DOCS_RECORDS.ID).limit(limit);
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> dsl.select(CAPACITY_CROSSINGS.BUDGET_ID,
                            CAPACITY_CROSSINGS.PERIOD_START, CAPACITY_CROSSINGS.RAISED_AT, CAPACITY_BUDGETS.CLIENT_ID,
                            CLIENTS.NAME)
                    .from(CAPACITY_CROSSINGS)
                    .join(CAPACITY_BUDGETS).on(CAPACITY_BUDGETS.TENANT_ID.eq(CAPACITY_CROSSINGS.TENANT_ID),
                            CAPACITY_BUDGETS.ID.eq(CAPACITY_CROSSINGS.BUDGET_ID))
                    .join(CLIENTS).on(CLIENTS.TENANT_ID.eq(CAPACITY_BUDGETS.TENANT_ID),
                            CLIENTS.ID.eq(CAPACITY_BUDGETS.CLIENT_ID))
                    .where(CAPACITY_CROSSINGS.TENANT_ID.eq(tenant.value()),
                            CAPACITY_CROSSINGS.LEVEL.eq(Lifecycle.wireName(level(kind))), extra)
                    .orderBy(CAPACITY_CROSSINGS.RAISED_AT, CAPACITY_CROSSINGS.BUDGET_ID).limit(limit);
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
    }

    private static QueueItem item(QueueItemKind kind, Record r, ZoneId zone) {
        return switch (kind) {
            case TASK_OVERDUE -> QueueItem.overdueTask(task(r), r.get(TASKS.DUE_DATE),
                    StatusNames.parse(TaskStatus.class, r.get(TASKS.STATUS)), zone);
            case REQUEST_AWAITING_ACCEPTANCE -> QueueItem.awaitingAcceptance(task(r), r.get(TASKS.CREATED_AT));
            case ASK_UNCLASSIFIED -> QueueItem.unclassifiedAsk(new QueueItem.Request("ask",
                            new TaskKey(r.get(ASKS.KEY)), r.get(ASKS.TITLE), new ClientId(r.get(ASKS.CLIENT_ID)),
                            r.get(ASKS.ID)), StatusNames.parse(AskKind.class, r.get(ASKS.KIND)),
                    r.get(ASKS.CREATED_AT));
            case REPORT_AWAITING_REVIEW -> QueueItem.reportInReview(new ReportId(r.get(REPORTS.ID)),
                    r.get(REPORTS.TITLE), new ClientId(r.get(REPORTS.CLIENT_ID)), r.get(REPORTS.UPDATED_AT));
            case INVOICE_OVERDUE -> QueueItem.overdueInvoice(DocsRows.toDocsRecord(r.into(DOCS_RECORDS)));
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> QueueItem.capacityCrossed(new CapacityCrossing(
                            new CapacityBudgetId(r.get(CAPACITY_CROSSINGS.BUDGET_ID)),
                            r.get(CAPACITY_CROSSINGS.PERIOD_START), level(kind), r.get(CAPACITY_CROSSINGS.RAISED_AT)),
                    new ClientId(r.get(CAPACITY_BUDGETS.CLIENT_ID)), r.get(CLIENTS.NAME));
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
    }

    /** After the position within the kind: its {@code at} (for an overdue task, the day after its due date) and record id. */
    private static Condition keyset(QueueItemKind kind, Position position, ZoneId zone) {
        Instant at = ((SortValue.Time) position.key()).value();
        UUID id = position.id();
        return switch (kind) {
            case TASK_OVERDUE -> DSL.row(TASKS.DUE_DATE, TASKS.ID)
                    .gt(at.atZone(zone).toLocalDate().minusDays(1), id);
            case REQUEST_AWAITING_ACCEPTANCE -> DSL.row(TASKS.CREATED_AT, TASKS.ID).gt(at, id);
            case ASK_UNCLASSIFIED -> DSL.row(ASKS.CREATED_AT, ASKS.ID).gt(at, id);
            case REPORT_AWAITING_REVIEW -> DSL.row(REPORTS.UPDATED_AT, REPORTS.ID).gt(at, id);
            case INVOICE_OVERDUE -> DSL.row(DOCS_RECORDS.AS_OF, DOCS_RECORDS.ID).gt(at, id);
            case CAPACITY_EXCEEDED, CAPACITY_WARNING ->
                    DSL.row(CAPACITY_CROSSINGS.RAISED_AT, CAPACITY_CROSSINGS.BUDGET_ID).gt(at, id);
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
    }

    /** The item's id as {@link QueueItemId#toString} writes it, from the row it is read from. */
    private static Field<String> itemId(QueueItemKind kind) {
        String prefix = Lifecycle.wireName(kind) + ".";
        return switch (kind) {
            case TASK_OVERDUE -> DSL.concat(DSL.inline(prefix), TASKS.KEY, DSL.inline("."), day(TASKS.DUE_DATE));
            case REQUEST_AWAITING_ACCEPTANCE -> DSL.concat(DSL.inline(prefix), TASKS.KEY);
            case ASK_UNCLASSIFIED -> DSL.concat(DSL.inline(prefix), ASKS.KEY);
            case REPORT_AWAITING_REVIEW -> DSL.concat(DSL.inline(prefix), REPORTS.ID.cast(String.class));
            case INVOICE_OVERDUE -> DSL.concat(DSL.inline(prefix), DOCS_RECORDS.ID.cast(String.class));
            case CAPACITY_EXCEEDED, CAPACITY_WARNING -> DSL.concat(DSL.inline(prefix),
                    CAPACITY_CROSSINGS.BUDGET_ID.cast(String.class), DSL.inline("."),
                    day(CAPACITY_CROSSINGS.PERIOD_START));
            case SLA_BREACHED, SLA_AT_RISK -> throw new IllegalArgumentException("SLA items are read from clocks");
        };
    }

    private static Field<String> day(Field<LocalDate> date) {
        return DSL.field("to_char({0}, 'YYYY-MM-DD')", String.class, date);
    }

    private static CapacityLevel level(QueueItemKind kind) {
        return kind == QueueItemKind.CAPACITY_EXCEEDED ? CapacityLevel.EXCEEDED : CapacityLevel.WARNING;
    }

    private static QueueItem.Request task(Record r) {
        return new QueueItem.Request("task", new TaskKey(r.get(TASKS.KEY)), r.get(TASKS.TITLE),
                new ClientId(r.get(TASKS.CLIENT_ID)), r.get(TASKS.ID));
    }

    @Override
    public Map<TaskKey, QueueItem.Request> requests(TenantId tenant, Collection<TaskKey> keys) {
        List<String> wanted = keys.stream().map(TaskKey::value).distinct().toList();
        Map<TaskKey, QueueItem.Request> found = new LinkedHashMap<>();
        var dsl = CurrentTransaction.dsl();
        dsl.select(TASKS.ID, TASKS.KEY, TASKS.TITLE, TASKS.CLIENT_ID).from(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.KEY.in(wanted))
                .forEach(r -> found.put(new TaskKey(r.get(TASKS.KEY)), task(r)));
        Set<String> left = new HashSet<>(wanted);
        found.keySet().forEach(k -> left.remove(k.value()));
        if (!left.isEmpty()) {
            dsl.select(ASKS.ID, ASKS.KEY, ASKS.TITLE, ASKS.CLIENT_ID).from(ASKS)
                    .where(ASKS.TENANT_ID.eq(tenant.value()), ASKS.KEY.in(left))
                    .forEach(r -> found.put(new TaskKey(r.get(ASKS.KEY)), new QueueItem.Request("ask",
                            new TaskKey(r.get(ASKS.KEY)), r.get(ASKS.TITLE), new ClientId(r.get(ASKS.CLIENT_ID)),
                            r.get(ASKS.ID))));
        }
        return found;
    }

    @Override
    public Map<QueueItemId, QueueMark> marks(TenantId tenant, Collection<QueueItemId> ids) {
        Map<QueueItemId, QueueMark> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        CurrentTransaction.dsl().selectFrom(QUEUE_MARKS)
                .where(QUEUE_MARKS.TENANT_ID.eq(tenant.value()),
                        QUEUE_MARKS.ITEM_ID.in(ids.stream().map(QueueItemId::toString).toList()))
                .forEach(row -> {
                    QueueMark mark = toMark(row);
                    found.put(mark.itemId(), mark);
                });
        return found;
    }

    @Override
    public void saveMark(TenantId tenant, QueueMark mark) {
        QueueMarksRecord row = new QueueMarksRecord();
        row.setTenantId(tenant.value());
        row.setItemId(mark.itemId().toString());
        row.setAcknowledgedAt(mark.acknowledged().map(QueueMark.Stamp::at).orElse(null));
        row.setAcknowledgedBy(mark.acknowledged().map(QueueMark.Stamp::by).orElse(null));
        row.setSnoozedUntil(mark.snoozed().map(QueueMark.Snooze::until).orElse(null));
        row.setSnoozedAt(mark.snoozed().map(s -> s.stamp().at()).orElse(null));
        row.setSnoozedBy(mark.snoozed().map(s -> s.stamp().by()).orElse(null));
        CurrentTransaction.dsl().insertInto(QUEUE_MARKS).set(row)
                .onConflict(QUEUE_MARKS.TENANT_ID, QUEUE_MARKS.ITEM_ID).doUpdate().set(row)
                .execute();
    }

    private static QueueMark toMark(QueueMarksRecord row) {
        Optional<QueueMark.Stamp> acknowledged = Optional.ofNullable(row.getAcknowledgedAt())
                .map(at -> new QueueMark.Stamp(row.getAcknowledgedBy(), at));
        Optional<QueueMark.Snooze> snoozed = Optional.ofNullable(row.getSnoozedUntil())
                .map(until -> new QueueMark.Snooze(until, new QueueMark.Stamp(row.getSnoozedBy(), row.getSnoozedAt())));
        return new QueueMark(QueueItemId.parse(row.getItemId()), acknowledged, snoozed);
    }
}
