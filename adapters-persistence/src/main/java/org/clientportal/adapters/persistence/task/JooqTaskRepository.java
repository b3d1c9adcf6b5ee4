package org.clientportal.adapters.persistence.task;

import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.TASKS;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_STATUS_CHANGES;
import static org.clientportal.adapters.persistence.generated.Tables.TASK_COUNTERS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.clientportal.adapters.persistence.generated.tables.records.TasksRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.task.Assignees;
import org.clientportal.application.task.TaskSearch;
import org.clientportal.application.task.TaskSort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskStatus;
import org.clientportal.domain.task.TaskStatusChange;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Tasks and the per-client counters their numbers come from (V12__tasks.sql). */
public final class JooqTaskRepository implements TaskRepository {

    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String ASSIGNEE_KEY = "tasks_assignee_fkey";

    /** The counter row stays locked by this statement until the transaction ends. */
    @Override
    public long nextNumber(TenantId tenant, ClientId client) {
        return CurrentTransaction.dsl().insertInto(TASK_COUNTERS)
                .set(TASK_COUNTERS.TENANT_ID, tenant.value())
                .set(TASK_COUNTERS.CLIENT_ID, client.value())
                .set(TASK_COUNTERS.LAST_NUMBER, 1L)
                .onConflict(TASK_COUNTERS.TENANT_ID, TASK_COUNTERS.CLIENT_ID)
                .doUpdate().set(TASK_COUNTERS.LAST_NUMBER, TASK_COUNTERS.LAST_NUMBER.plus(1L))
                .returning(TASK_COUNTERS.LAST_NUMBER)
                .fetchSingle()
                .getLastNumber();
    }

    @Override
    public void add(Task task) {
        int inserted = assigneeChecked(() -> CurrentTransaction.dsl().insertInto(TASKS).set(TaskRows.toRecord(task))
                .onConflict(TASKS.TENANT_ID, TASKS.KEY).doNothing()
                .execute());
        if (inserted == 0) {
            throw new AlreadyExists("task.key-taken", "A task with the key " + task.key() + " exists");
        }
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskKey key) {
        return CurrentTransaction.dsl().selectFrom(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.KEY.eq(key.value()))
                .fetchOptional(TaskRows::toTask);
    }

    @Override
    public List<Task> findAll(TenantId tenant, Collection<TaskKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return CurrentTransaction.dsl().selectFrom(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.KEY.in(keys.stream().map(TaskKey::value).toList()))
                .fetch(TaskRows::toTask);
    }

    @Override
    public Optional<Task> find(TenantId tenant, TaskId id) {
        return CurrentTransaction.dsl().selectFrom(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.ID.eq(id.value()))
                .fetchOptional(TaskRows::toTask);
    }

    @Override
    public void update(Task task, long expectedVersion) {
        assigneeChecked(() -> {
            VersionedUpdate.write(TaskRows.toRecord(task), TASKS.TENANT_ID, TASKS.ID, TASKS.VERSION, expectedVersion,
                    "task");
            return 1;
        });
    }

    @Override
    public Page<Task> search(TenantId tenant, TaskSearch search, PageRequest<TaskSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(TaskRows::toTask);
    }

    /** The statement that reads one page; a test asks PostgreSQL how it plans it. */
    static ResultQuery<TasksRecord> searchQuery(TenantId tenant, TaskSearch search, PageRequest<TaskSort> page) {
        Condition filter = TASKS.TENANT_ID.eq(tenant.value())
                .and(search.projectId().map(p -> TASKS.PROJECT_ID.eq(p.value())).orElse(DSL.noCondition()))
                .and(search.clientId().map(c -> TASKS.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()))
                .and(search.statuses().isEmpty() ? DSL.noCondition()
                        : TASKS.STATUS.in(search.statuses().stream().map(Lifecycle::wireName).toList()))
                .and(search.assignee().map(a -> TASKS.ASSIGNEE_ID.eq(a.value())).orElse(DSL.noCondition()))
                .and(search.visibility().map(v -> TASKS.VISIBILITY.eq(Lifecycle.wireName(v))).orElse(DSL.noCondition()))
                .and(search.dueBefore().map(TASKS.DUE_DATE::lt).orElse(DSL.noCondition()))
                .and(search.sharedProjectsOnly() ? DSL.exists(DSL.selectOne().from(PROJECTS)
                        .where(PROJECTS.TENANT_ID.eq(TASKS.TENANT_ID), PROJECTS.ID.eq(TASKS.PROJECT_ID),
                                PROJECTS.VISIBILITY.eq(Lifecycle.wireName(Visibility.CLIENT))))
                        : DSL.noCondition());
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(TASKS).where(filter));
    }

    private static Keyset<TasksRecord> keyset(PageRequest<TaskSort> page) {
        SortColumn<TasksRecord, ?> column = switch (page.sort().field()) {
            case TITLE -> SortColumn.text(TASKS.TITLE);
            case CREATED_AT -> SortColumn.time(TASKS.CREATED_AT);
            case UPDATED_AT -> SortColumn.time(TASKS.UPDATED_AT);
            case DUE_DATE -> SortColumn.optionalDate(TASKS.DUE_DATE);
        };
        return new Keyset<>(column, TASKS.ID, page);
    }

    /** By the unique key {@code (tenant_id, key)}, one array parameter for all the keys. */
    @Override
    public Map<TaskKey, TaskStatus> statusesIn(TenantId tenant, ProjectId project, Collection<TaskKey> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return CurrentTransaction.dsl().select(TASKS.KEY, TASKS.STATUS).from(TASKS)
                .where(TASKS.TENANT_ID.eq(tenant.value()), TASKS.PROJECT_ID.eq(project.value()),
                        TASKS.KEY.eq(DSL.any(keys.stream().map(TaskKey::value).toArray(String[]::new))))
                .fetchMap(row -> new TaskKey(row.value1()), row -> StatusNames.parse(TaskStatus.class, row.value2()));
    }

    /**
     * Inserted at 0 when the client has no counter yet (V19 allows it), else left as it is; either
     * way the row stays locked, and a first key being issued at the same time is waited for.
     */
    @Override
    public long lockCounter(TenantId tenant, ClientId client) {
        return CurrentTransaction.dsl().insertInto(TASK_COUNTERS)
                .set(TASK_COUNTERS.TENANT_ID, tenant.value())
                .set(TASK_COUNTERS.CLIENT_ID, client.value())
                .set(TASK_COUNTERS.LAST_NUMBER, 0L)
                .onConflict(TASK_COUNTERS.TENANT_ID, TASK_COUNTERS.CLIENT_ID)
                .doUpdate().set(TASK_COUNTERS.LAST_NUMBER, TASK_COUNTERS.LAST_NUMBER)
                .returning(TASK_COUNTERS.LAST_NUMBER)
                .fetchSingle()
                .getLastNumber();
    }

    /**
     * The use cases check the assignee first; an operator removed since (by a transaction that
     * committed meanwhile) fails the foreign key, which is the same bad input, not a fault.
     */
    private static int assigneeChecked(IntSupplier write) {
        try {
            return write.getAsInt();
        } catch (DataAccessException e) {
            if (FOREIGN_KEY_VIOLATION.equals(e.sqlState()) && ASSIGNEE_KEY.equals(constraintOf(e))) {
                throw Assignees.notAnOperator();
            }
            throw e;
        }
    }

    private static String constraintOf(DataAccessException e) {
        PSQLException cause = e.getCause(PSQLException.class);
        ServerErrorMessage message = cause == null ? null : cause.getServerErrorMessage();
        return message == null ? null : message.getConstraint();
    }

    @Override
    public void recordStatusChange(TaskStatusChange change) {
        CurrentTransaction.dsl().insertInto(TASK_STATUS_CHANGES)
                .set(TASK_STATUS_CHANGES.TENANT_ID, change.tenantId().value())
                .set(TASK_STATUS_CHANGES.ID, change.id())
                .set(TASK_STATUS_CHANGES.TASK_ID, change.taskId().value())
                .set(TASK_STATUS_CHANGES.CLIENT_ID, change.clientId().value())
                .set(TASK_STATUS_CHANGES.FROM_STATUS, Lifecycle.wireName(change.from()))
                .set(TASK_STATUS_CHANGES.TO_STATUS, Lifecycle.wireName(change.to()))
                .set(TASK_STATUS_CHANGES.AT, change.at())
                .execute();
    }
}
