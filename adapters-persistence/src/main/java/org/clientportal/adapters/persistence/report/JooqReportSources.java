package org.clientportal.adapters.persistence.report;

import static org.clientportal.adapters.persistence.generated.Tables.MILESTONES;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_METRICS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_UPDATES;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_STATUS_CHANGES;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.report.ReportFacts;
import org.clientportal.application.report.ReportWindow;
import org.clientportal.domain.metric.MetricPoint;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.TaskStatus;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A report's sources, each filtered to client-visible records of shared projects here, and again by
 * the policies of the client's view the caller reads them in.
 */
public final class JooqReportSources implements ReportSources {

    private static final String CLIENT = Lifecycle.wireName(Visibility.CLIENT);
    private static final String DONE = Lifecycle.wireName(TaskStatus.DONE);

    @Override
    public List<ReportFacts.CompletedTask> completedTasks(TenantId tenant, ReportWindow window) {
        return completedTasksQuery(tenant, window).fetch(r -> new ReportFacts.CompletedTask(r.value1(), r.value2(),
                r.value3(), r.value4()));
    }

    @Override
    public List<ReportFacts.ReachedMilestone> reachedMilestones(TenantId tenant, ReportWindow window) {
        return CurrentTransaction.dsl()
                .select(MILESTONES.TITLE, PROJECTS.NAME, MILESTONES.COMPLETED_AT)
                .from(MILESTONES)
                .join(PROJECTS).on(PROJECTS.TENANT_ID.eq(MILESTONES.TENANT_ID), PROJECTS.ID.eq(MILESTONES.PROJECT_ID))
                .where(MILESTONES.TENANT_ID.eq(tenant.value()), PROJECTS.CLIENT_ID.eq(window.clientId().value()),
                        ofProject(PROJECTS.ID, window), MILESTONES.VISIBILITY.eq(CLIENT), PROJECTS.VISIBILITY.eq(CLIENT),
                        MILESTONES.COMPLETED_AT.ge(window.from()), MILESTONES.COMPLETED_AT.lt(window.until()))
                .orderBy(MILESTONES.COMPLETED_AT, PROJECTS.NAME, MILESTONES.POSITION)
                .limit(window.limit())
                .fetch(r -> new ReportFacts.ReachedMilestone(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<ReportFacts.SharedUpdate> sharedUpdates(TenantId tenant, ReportWindow window) {
        return CurrentTransaction.dsl()
                .select(PROJECTS.NAME, PROJECT_UPDATES.AUTHOR_NAME, PROJECT_UPDATES.CREATED_AT, PROJECT_UPDATES.BODY)
                .from(PROJECT_UPDATES)
                .join(PROJECTS).on(PROJECTS.TENANT_ID.eq(PROJECT_UPDATES.TENANT_ID),
                        PROJECTS.ID.eq(PROJECT_UPDATES.PROJECT_ID))
                .where(PROJECT_UPDATES.TENANT_ID.eq(tenant.value()),
                        PROJECT_UPDATES.CLIENT_ID.eq(window.clientId().value()), ofProject(PROJECT_UPDATES.PROJECT_ID,
                                window), PROJECT_UPDATES.VISIBILITY.eq(CLIENT), PROJECTS.VISIBILITY.eq(CLIENT),
                        PROJECT_UPDATES.CREATED_AT.ge(window.from()), PROJECT_UPDATES.CREATED_AT.lt(window.until()))
                .orderBy(PROJECT_UPDATES.CREATED_AT, PROJECT_UPDATES.ID)
                .limit(window.limit())
                .fetch(r -> new ReportFacts.SharedUpdate(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * Each task's last move to done in the window, when the task is still done: a task done, reopened
     * and done again is listed once, on the later day. Read from the client's moves, by their index.
     */
    static ResultQuery<Record4<String, String, String, Instant>> completedTasksQuery(TenantId tenant,
                                                                                   ReportWindow window) {
        Table<Record4<String, String, String, Instant>> lastDone = DSL
                .select(TASKS.KEY, TASKS.TITLE, PROJECTS.NAME, TASK_STATUS_CHANGES.AT)
                .distinctOn(TASK_STATUS_CHANGES.TASK_ID)
                .from(TASK_STATUS_CHANGES)
                .join(TASKS).on(TASKS.TENANT_ID.eq(TASK_STATUS_CHANGES.TENANT_ID),
                        TASKS.ID.eq(TASK_STATUS_CHANGES.TASK_ID))
                .join(PROJECTS).on(PROJECTS.TENANT_ID.eq(TASKS.TENANT_ID), PROJECTS.ID.eq(TASKS.PROJECT_ID))
                .where(TASK_STATUS_CHANGES.TENANT_ID.eq(tenant.value()),
                        TASK_STATUS_CHANGES.CLIENT_ID.eq(window.clientId().value()),
                        TASK_STATUS_CHANGES.TO_STATUS.eq(DONE), TASK_STATUS_CHANGES.AT.ge(window.from()),
                        TASK_STATUS_CHANGES.AT.lt(window.until()), TASKS.STATUS.eq(DONE),
                        TASKS.VISIBILITY.eq(CLIENT), PROJECTS.VISIBILITY.eq(CLIENT), ofProject(TASKS.PROJECT_ID, window))
                .orderBy(TASK_STATUS_CHANGES.TASK_ID, TASK_STATUS_CHANGES.AT.desc())
                .asTable("last_done");
        Field<Instant> at = lastDone.field(TASK_STATUS_CHANGES.AT);
        return CurrentTransaction.dsl().selectFrom(lastDone)
                .orderBy(at, lastDone.field(TASKS.KEY))
                .limit(window.limit());
    }

    @Override
    public List<ReportFacts.MetricTotal> metricTotals(TenantId tenant, ReportWindow window) {
        Field<Integer> points = DSL.count();
        Field<BigDecimal> sum = DSL.sum(PROJECT_METRICS.VALUE);
        Field<BigDecimal> average = DSL.round(sum.div(points), MetricPoint.DECIMALS_MAX);
        return CurrentTransaction.dsl()
                .select(PROJECTS.NAME, PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT, points, sum,
                        DSL.min(PROJECT_METRICS.VALUE), DSL.max(PROJECT_METRICS.VALUE), average)
                .from(PROJECT_METRICS)
                .join(PROJECTS).on(PROJECTS.TENANT_ID.eq(PROJECT_METRICS.TENANT_ID),
                        PROJECTS.ID.eq(PROJECT_METRICS.PROJECT_ID))
                .where(PROJECT_METRICS.TENANT_ID.eq(tenant.value()), PROJECTS.CLIENT_ID.eq(window.clientId().value()),
                        ofProject(PROJECTS.ID, window), PROJECTS.VISIBILITY.eq(CLIENT),
                        PROJECT_METRICS.AT.ge(window.from()), PROJECT_METRICS.AT.lt(window.until()))
                .groupBy(PROJECTS.NAME, PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT)
                .orderBy(PROJECTS.NAME.collate("C"), PROJECT_METRICS.NAME, PROJECT_METRICS.UNIT.collate("C"))
                .limit(window.limit())
                .fetch(r -> new ReportFacts.MetricTotal(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }

    private static Condition ofProject(Field<UUID> project, ReportWindow window) {
        return window.projectId().map(ProjectId::value).map(project::eq).orElse(DSL.noCondition());
    }
}
