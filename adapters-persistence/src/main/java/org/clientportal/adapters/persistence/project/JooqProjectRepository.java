package org.clientportal.adapters.persistence.project;

import static org.clientportal.adapters.persistence.generated.Tables.MILESTONES;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clientportal.adapters.persistence.generated.tables.records.MilestonesRecord;
import org.clientportal.adapters.persistence.generated.tables.records.ProjectsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

/** Projects with their milestones, which are stored, replaced and loaded together with the project. */
public final class JooqProjectRepository implements ProjectRepository {

    @Override
    public void add(Project project) {
        CurrentTransaction.dsl().insertInto(PROJECTS).set(ProjectRows.toRecord(project)).execute();
        insertMilestones(project);
    }

    @Override
    public Set<ProjectId> sharedAmong(TenantId tenant, Collection<ProjectId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return CurrentTransaction.dsl().select(PROJECTS.ID).from(PROJECTS)
                .where(PROJECTS.TENANT_ID.eq(tenant.value()), PROJECTS.ID.in(ids.stream().map(ProjectId::value).toList()),
                        PROJECTS.VISIBILITY.eq(Lifecycle.wireName(Visibility.CLIENT)))
                .fetchSet(row -> new ProjectId(row.value1()));
    }

    @Override
    public Optional<Project> find(TenantId tenant, ProjectId id) {
        return CurrentTransaction.dsl().selectFrom(PROJECTS)
                .where(PROJECTS.TENANT_ID.eq(tenant.value()), PROJECTS.ID.eq(id.value()))
                .fetchOptional()
                .map(row -> ProjectRows.toProject(row, milestonesOf(tenant, List.of(row.getId()))
                        .getOrDefault(row.getId(), List.of())));
    }

    @Override
    public void update(Project project, long expectedVersion) {
        VersionedUpdate.write(ProjectRows.toRecord(project), PROJECTS.TENANT_ID, PROJECTS.ID, PROJECTS.VERSION,
                expectedVersion, "project");
        writeMilestoneChanges(project);
    }

    @Override
    public Page<Project> search(TenantId tenant, ProjectSearch search, PageRequest<ProjectSort> page) {
        Page<ProjectsRecord> rows = keyset(page).page(searchQuery(tenant, search, page).fetch());
        Map<UUID, List<MilestonesRecord>> milestones =
                milestonesOf(tenant, rows.items().stream().map(ProjectsRecord::getId).toList());
        return rows.map(row -> ProjectRows.toProject(row, milestones.getOrDefault(row.getId(), List.of())));
    }

    /** The statement that reads one page; a test asks PostgreSQL how it plans it. */
    static ResultQuery<ProjectsRecord> searchQuery(TenantId tenant, ProjectSearch search, PageRequest<ProjectSort> page) {
        Condition filter = PROJECTS.TENANT_ID.eq(tenant.value())
                .and(search.clientId().map(c -> PROJECTS.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()))
                .and(search.statuses().isEmpty() ? DSL.noCondition()
                        : PROJECTS.STATUS.in(search.statuses().stream().map(Lifecycle::wireName).toList()))
                .and(search.visibility().map(v -> PROJECTS.VISIBILITY.eq(Lifecycle.wireName(v))).orElse(DSL.noCondition()));
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(PROJECTS).where(filter));
    }

    private static Keyset<ProjectsRecord> keyset(PageRequest<ProjectSort> page) {
        SortColumn<ProjectsRecord, ?> column = switch (page.sort().field()) {
            case NAME -> SortColumn.text(PROJECTS.NAME);
            case CREATED_AT -> SortColumn.time(PROJECTS.CREATED_AT);
            case UPDATED_AT -> SortColumn.time(PROJECTS.UPDATED_AT);
            case DUE_DATE -> SortColumn.optionalDate(PROJECTS.DUE_DATE);
        };
        return new Keyset<>(column, PROJECTS.ID, page);
    }

    @Override
    public List<ProjectStatus> statusesOfClient(TenantId tenant, ClientId client) {
        return CurrentTransaction.dsl().select(PROJECTS.STATUS).from(PROJECTS)
                .where(PROJECTS.TENANT_ID.eq(tenant.value()), PROJECTS.CLIENT_ID.eq(client.value()))
                .fetch(status -> StatusNames.parse(ProjectStatus.class, status.value1()));
    }

    /**
     * Writes only what differs from the stored plan: milestones gone from it are deleted, new ones
     * inserted, changed ones updated; an unchanged milestone's row is not touched.
     */
    private static void writeMilestoneChanges(Project project) {
        DSLContext dsl = CurrentTransaction.dsl();
        Map<String, MilestonesRecord> stored = milestonesOf(project.tenantId(), List.of(project.id().value()))
                .getOrDefault(project.id().value(), List.of()).stream()
                .collect(Collectors.toMap(MilestonesRecord::getKey, record -> record));
        List<MilestonesRecord> planned = ProjectRows.milestoneRecords(project);
        Set<String> plannedKeys = planned.stream().map(MilestonesRecord::getKey).collect(Collectors.toSet());
        List<String> gone = stored.keySet().stream().filter(key -> !plannedKeys.contains(key)).toList();
        if (!gone.isEmpty()) {
            dsl.deleteFrom(MILESTONES)
                    .where(MILESTONES.TENANT_ID.eq(project.tenantId().value()),
                            MILESTONES.PROJECT_ID.eq(project.id().value()), MILESTONES.KEY.in(gone))
                    .execute();
        }
        for (MilestonesRecord record : planned) {
            MilestonesRecord before = stored.get(record.getKey());
            if (before == null) {
                dsl.insertInto(MILESTONES).set(record).execute();
            } else if (!ProjectRows.sameMilestone(before, record)) {
                dsl.update(MILESTONES).set(record)
                        .where(MILESTONES.TENANT_ID.eq(record.getTenantId()),
                                MILESTONES.PROJECT_ID.eq(record.getProjectId()), MILESTONES.KEY.eq(record.getKey()))
                        .execute();
            }
        }
    }

    private static void insertMilestones(Project project) {
        List<MilestonesRecord> records = ProjectRows.milestoneRecords(project);
        if (!records.isEmpty()) {
            CurrentTransaction.dsl().insertInto(MILESTONES).columns(MILESTONES.fields())
                    .valuesOfRecords(records)
                    .execute();
        }
    }

    /** The milestones of several projects in one query, each project's in plan order. */
    private static Map<UUID, List<MilestonesRecord>> milestonesOf(TenantId tenant, Collection<UUID> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        return CurrentTransaction.dsl().selectFrom(MILESTONES)
                .where(MILESTONES.TENANT_ID.eq(tenant.value()), MILESTONES.PROJECT_ID.in(projectIds))
                .orderBy(MILESTONES.PROJECT_ID, MILESTONES.POSITION)
                .fetch()
                .stream()
                .collect(Collectors.groupingBy(MilestonesRecord::getProjectId, Collectors.toList()));
    }
}
