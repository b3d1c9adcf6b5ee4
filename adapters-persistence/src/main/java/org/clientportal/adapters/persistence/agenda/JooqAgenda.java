package org.clientportal.adapters.persistence.agenda;

import static org.clientportal.adapters.persistence.generated.Tables.CLIENTS;
import static org.clientportal.adapters.persistence.generated.Tables.DOCS_RECORDS;
import static org.clientportal.adapters.persistence.generated.Tables.MILESTONES;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.REPORTS;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.Agenda;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.agenda.StaleItem;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.report.ReportStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.task.TaskStatus;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record8;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Due and stale work (V31__agenda.sql, V32__milestones_due_order.sql): each list one query over a
 * union of its kinds of record. Every branch reads at most a page, in order, through a partial index
 * of the open rows, so the union sorts no more than a page per kind however many rows are open. A
 * milestone has no id of its own; md5 of its project and key stands in for one, indexed as such.
 */
public final class JooqAgenda implements Agenda {

    private static final List<String> CLOSED_TASKS = List.of(Lifecycle.wireName(TaskStatus.DONE),
            Lifecycle.wireName(TaskStatus.CANCELLED));
    private static final List<String> CLOSED_PROJECTS = List.of(Lifecycle.wireName(ProjectStatus.COMPLETED),
            Lifecycle.wireName(ProjectStatus.CANCELLED));
    private static final List<String> PENDING_REPORTS = Arrays.stream(ReportStatus.values())
            .filter(ReportStatus::isPending).map(Lifecycle::wireName).toList();

    private static final String INVOICE = Lifecycle.wireName(DocsKind.INVOICE);
    private static final List<String> UNPAID_INVOICES = List.of(Lifecycle.wireName(DocsStatus.ISSUED),
            Lifecycle.wireName(DocsStatus.OVERDUE));

    private static final Field<String> TYPE = DSL.field(DSL.name("type"), String.class);
    private static final Field<UUID> ORDER_ID = DSL.field(DSL.name("order_id"), UUID.class);
    private static final Field<String> KEY = DSL.field(DSL.name("key"), String.class);
    private static final Field<String> TITLE = DSL.field(DSL.name("title"), String.class);
    private static final Field<LocalDate> DUE = DSL.field(DSL.name("due_date"), LocalDate.class);
    private static final Field<UUID> PROJECT = DSL.field(DSL.name("project_id"), UUID.class);
    private static final Field<UUID> CLIENT = DSL.field(DSL.name("client_id"), UUID.class);
    private static final Field<String> STATUS = DSL.field(DSL.name("status"), String.class);
    private static final Field<Instant> UPDATED = DSL.field(DSL.name("updated_at"), Instant.class);

    @Override
    public List<DueItem> due(TenantId tenant, LocalDate from, LocalDate to, Optional<Position> after, int limit) {
        return dueQuery(tenant, from, to, after, limit).fetch(r -> new DueItem(r.get(TYPE), r.get(KEY), r.get(TITLE),
                r.get(DUE), Optional.ofNullable(r.get(PROJECT)).map(ProjectId::new), new ClientId(r.get(CLIENT)), r.get(STATUS),
                r.get(ORDER_ID)));
    }

    static ResultQuery<? extends Record> dueQuery(TenantId tenant, LocalDate from, LocalDate to, Optional<Position> after,
                                        int limit) {
        Field<UUID> milestoneId = DSL.field("md5({0}::text || '/' || {1})::uuid", UUID.class, MILESTONES.PROJECT_ID,
                MILESTONES.KEY);
        Select<Record8<String, UUID, String, String, LocalDate, UUID, UUID, String>> tasks = DSL.select(
                        DSL.inline("task").as(TYPE), TASKS.ID.as(ORDER_ID), TASKS.KEY.as(KEY), TASKS.TITLE.as(TITLE),
                        TASKS.DUE_DATE.as(DUE), TASKS.PROJECT_ID.as(PROJECT), TASKS.CLIENT_ID.as(CLIENT),
                        TASKS.STATUS.as(STATUS))
                .from(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.DUE_DATE.isNotNull(), TASKS.DUE_DATE.between(from, to),
                        TASKS.STATUS.notIn(CLOSED_TASKS), keyset(TASKS.DUE_DATE, TASKS.ID, after))
                .orderBy(TASKS.DUE_DATE, TASKS.ID).limit(limit);
        Select<Record8<String, UUID, String, String, LocalDate, UUID, UUID, String>> milestones = DSL.select(
                        DSL.inline("milestone").as(TYPE), milestoneId.as(ORDER_ID), MILESTONES.KEY.as(KEY),
                        MILESTONES.TITLE.as(TITLE), MILESTONES.DUE_DATE.as(DUE), MILESTONES.PROJECT_ID.as(PROJECT),
                        PROJECTS.CLIENT_ID.as(CLIENT), DSL.inline("open").as(STATUS))
                .from(MILESTONES)
                .join(PROJECTS).on(PROJECTS.TENANT_ID.eq(MILESTONES.TENANT_ID), PROJECTS.ID.eq(MILESTONES.PROJECT_ID))
                .where(MILESTONES.TENANT_ID.eq(tenant.value()), MILESTONES.DUE_DATE.isNotNull(),
                        MILESTONES.DUE_DATE.between(from, to), MILESTONES.COMPLETED_AT.isNull(),
                        PROJECTS.STATUS.notIn(CLOSED_PROJECTS), keyset(MILESTONES.DUE_DATE, milestoneId, after))
                .orderBy(MILESTONES.DUE_DATE, milestoneId).limit(limit);
        Select<Record8<String, UUID, String, String, LocalDate, UUID, UUID, String>> reports = DSL.select(
                        DSL.inline("report").as(TYPE), REPORTS.ID.as(ORDER_ID), REPORTS.ID.cast(String.class).as(KEY),
                        REPORTS.TITLE.as(TITLE), REPORTS.PERIOD_TO.as(DUE), REPORTS.PROJECT_ID.as(PROJECT),
                        REPORTS.CLIENT_ID.as(CLIENT), REPORTS.STATUS.as(STATUS))
                .from(REPORTS)
                .where(REPORTS.TENANT_ID.eq(tenant.value()), REPORTS.STATUS.in(PENDING_REPORTS),
                        REPORTS.PERIOD_TO.between(from, to), keyset(REPORTS.PERIOD_TO, REPORTS.ID, after))
                .orderBy(REPORTS.PERIOD_TO, REPORTS.ID).limit(limit);
        Select<Record8<String, UUID, String, String, LocalDate, UUID, UUID, String>> invoices = DSL.select(
                        DSL.inline("invoice").as(TYPE), DOCS_RECORDS.ID.as(ORDER_ID),
                        DOCS_RECORDS.ID.cast(String.class).as(KEY), DOCS_RECORDS.TITLE.as(TITLE),
                        DOCS_RECORDS.DUE_DATE.as(DUE), DSL.inline((UUID) null, UUID.class).as(PROJECT),
                        DOCS_RECORDS.CLIENT_ID.as(CLIENT), DOCS_RECORDS.STATUS.as(STATUS))
                .from(DOCS_RECORDS)
                .where(DOCS_RECORDS.TENANT_ID.eq(tenant.value()), DOCS_RECORDS.KIND.eq(INVOICE),
                        DOCS_RECORDS.STATUS.in(UNPAID_INVOICES), DOCS_RECORDS.CLIENT_ID.isNotNull(),
                        DOCS_RECORDS.DUE_DATE.isNotNull(), DOCS_RECORDS.DUE_DATE.between(from, to),
                        keyset(DOCS_RECORDS.DUE_DATE, DOCS_RECORDS.ID, after))
                .orderBy(DOCS_RECORDS.DUE_DATE, DOCS_RECORDS.ID).limit(limit);
        Table<?> all = tasks.unionAll(milestones).unionAll(reports).unionAll(invoices).asTable("due");
        return CurrentTransaction.dsl().selectFrom(all).orderBy(all.field(DUE), all.field(ORDER_ID)).limit(limit);
    }

    @Override
    public List<StaleItem> stale(TenantId tenant, Instant untouchedSince, Optional<Position> after, int limit) {
        return staleQuery(tenant, untouchedSince, after, limit).fetch(r -> new StaleItem(r.get(TYPE), r.get(ORDER_ID),
                Optional.ofNullable(r.get(KEY)), r.get(TITLE), new ClientId(r.get(CLIENT)), r.get(STATUS),
                r.get(UPDATED)));
    }

    static ResultQuery<? extends Record> staleQuery(TenantId tenant, Instant untouchedSince, Optional<Position> after,
                                          int limit) {
        var leads = DSL.select(DSL.inline("client").as(TYPE), CLIENTS.ID.as(ORDER_ID),
                        DSL.inline((String) null, String.class).as(KEY), CLIENTS.NAME.as(TITLE), CLIENTS.ID.as(CLIENT),
                        CLIENTS.STATUS.as(STATUS), CLIENTS.UPDATED_AT.as(UPDATED))
                .from(CLIENTS)
                .where(CLIENTS.TENANT_ID.eq(tenant.value()), CLIENTS.STATUS.eq(Lifecycle.wireName(ClientStatus.LEAD)),
                        CLIENTS.UPDATED_AT.lt(untouchedSince), timeKeyset(CLIENTS.UPDATED_AT, CLIENTS.ID, after))
                .orderBy(CLIENTS.UPDATED_AT, CLIENTS.ID).limit(limit);
        var projects = DSL.select(DSL.inline("project").as(TYPE), PROJECTS.ID.as(ORDER_ID),
                        DSL.inline((String) null, String.class).as(KEY), PROJECTS.NAME.as(TITLE),
                        PROJECTS.CLIENT_ID.as(CLIENT), PROJECTS.STATUS.as(STATUS), PROJECTS.UPDATED_AT.as(UPDATED))
                .from(PROJECTS)
                .where(PROJECTS.TENANT_ID.eq(tenant.value()), PROJECTS.STATUS.notIn(CLOSED_PROJECTS),
                        PROJECTS.UPDATED_AT.lt(untouchedSince), timeKeyset(PROJECTS.UPDATED_AT, PROJECTS.ID, after))
                .orderBy(PROJECTS.UPDATED_AT, PROJECTS.ID).limit(limit);
        var tasks = DSL.select(DSL.inline("task").as(TYPE), TASKS.ID.as(ORDER_ID), TASKS.KEY.as(KEY),
                        TASKS.TITLE.as(TITLE), TASKS.CLIENT_ID.as(CLIENT), TASKS.STATUS.as(STATUS),
                        TASKS.UPDATED_AT.as(UPDATED))
                .from(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.STATUS.notIn(CLOSED_TASKS),
                        TASKS.UPDATED_AT.lt(untouchedSince), timeKeyset(TASKS.UPDATED_AT, TASKS.ID, after))
                .orderBy(TASKS.UPDATED_AT, TASKS.ID).limit(limit);
        Table<?> all = leads.unionAll(projects).unionAll(tasks).asTable("stale");
        return CurrentTransaction.dsl().selectFrom(all).orderBy(all.field(UPDATED), all.field(ORDER_ID)).limit(limit);
    }

    private static Condition keyset(Field<LocalDate> due, Field<UUID> id, Optional<Position> after) {
        return after.map(p -> DSL.row(due, id).gt(((SortValue.Date) p.key()).value().orElseThrow(), p.id()))
                .orElse(DSL.noCondition());
    }

    private static Condition timeKeyset(Field<Instant> at, Field<UUID> id, Optional<Position> after) {
        return after.map(p -> DSL.row(at, id).gt(((SortValue.Time) p.key()).value(), p.id()))
                .orElse(DSL.noCondition());
    }
}
