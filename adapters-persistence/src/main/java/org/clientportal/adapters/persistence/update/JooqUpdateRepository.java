package org.clientportal.adapters.persistence.update;

import static org.clientportal.adapters.persistence.generated.Tables.PROJECTS;
import static org.clientportal.adapters.persistence.generated.Tables.PROJECT_UPDATES;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ProjectUpdatesRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.application.update.UpdateSort;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;

public final class JooqUpdateRepository implements UpdateRepository {

    @Override
    public void add(ProjectUpdate update) {
        CurrentTransaction.dsl().insertInto(PROJECT_UPDATES).set(UpdateRows.toRecord(update)).execute();
    }

    @Override
    public Optional<ProjectUpdate> find(TenantId tenant, UpdateId id) {
        return CurrentTransaction.dsl().selectFrom(PROJECT_UPDATES)
                .where(PROJECT_UPDATES.TENANT_ID.eq(tenant.value()), PROJECT_UPDATES.ID.eq(id.value()))
                .fetchOptional(UpdateRows::toUpdate);
    }

    @Override
    public void update(ProjectUpdate update, long expectedVersion) {
        VersionedUpdate.write(UpdateRows.toRecord(update), PROJECT_UPDATES.TENANT_ID, PROJECT_UPDATES.ID,
                PROJECT_UPDATES.VERSION, expectedVersion, "update");
    }

    @Override
    public Page<ProjectUpdate> search(TenantId tenant, UpdateSearch search, PageRequest<UpdateSort> page) {
        return keyset(page).page(searchQuery(tenant, search, page).fetch()).map(UpdateRows::toUpdate);
    }

    /** The statement that reads one page, served by the project's or the client's index; a test asks for its plan. */
    static ResultQuery<ProjectUpdatesRecord> searchQuery(TenantId tenant, UpdateSearch search,
                                                        PageRequest<UpdateSort> page) {
        Condition filter = PROJECT_UPDATES.TENANT_ID.eq(tenant.value())
                .and(search.projectId().map(p -> PROJECT_UPDATES.PROJECT_ID.eq(p.value())).orElse(DSL.noCondition()))
                .and(search.clientId().map(c -> PROJECT_UPDATES.CLIENT_ID.eq(c.value())).orElse(DSL.noCondition()))
                .and(search.visibility().map(v -> PROJECT_UPDATES.VISIBILITY.eq(Lifecycle.wireName(v)))
                        .orElse(DSL.noCondition()))
                .and(search.sharedProjectsOnly() ? DSL.exists(DSL.selectOne().from(PROJECTS)
                        .where(PROJECTS.TENANT_ID.eq(PROJECT_UPDATES.TENANT_ID), PROJECTS.ID.eq(PROJECT_UPDATES.PROJECT_ID),
                                PROJECTS.VISIBILITY.eq(Lifecycle.wireName(Visibility.CLIENT))))
                        : DSL.noCondition());
        return keyset(page).query(CurrentTransaction.dsl().selectFrom(PROJECT_UPDATES).where(filter));
    }

    private static Keyset<ProjectUpdatesRecord> keyset(PageRequest<UpdateSort> page) {
        return new Keyset<>(SortColumn.time(PROJECT_UPDATES.CREATED_AT), PROJECT_UPDATES.ID, page);
    }
}
