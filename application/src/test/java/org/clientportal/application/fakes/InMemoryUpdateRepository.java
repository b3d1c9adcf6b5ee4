package org.clientportal.application.fakes;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.application.update.UpdateSort;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/** Updates in a map; "shared projects only" looks the project up, as the database joins it. */
public final class InMemoryUpdateRepository implements UpdateRepository {

    private final TransactionalMap<UpdateId, ProjectUpdate> updates;
    private final ProjectRepository projects;

    public InMemoryUpdateRepository(InMemoryTransactions transactions, ProjectRepository projects) {
        this.updates = new TransactionalMap<>(transactions);
        this.projects = projects;
    }

    @Override
    public void add(ProjectUpdate update) {
        updates.put(update.id(), update);
    }

    @Override
    public Optional<ProjectUpdate> find(TenantId tenant, UpdateId id) {
        return updates.get(id).filter(u -> u.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(ProjectUpdate update, long expectedVersion) {
        ProjectUpdate stored = find(update.tenantId(), update.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("update", update.id().toString());
        }
        updates.put(update.id(), update);
    }

    @Override
    public Page<ProjectUpdate> search(TenantId tenant, UpdateSearch search, PageRequest<UpdateSort> page) {
        return Keyset.page(updates.values(), u -> u.tenantId().equals(tenant) && admits(search, u), page,
                u -> new SortValue.Time(u.createdAt()), u -> u.id().value());
    }

    private boolean admits(UpdateSearch search, ProjectUpdate update) {
        return search.projectId().map(update.projectId()::equals).orElse(true)
                && search.clientId().map(update.clientId()::equals).orElse(true)
                && search.visibility().map(v -> v == update.visibility()).orElse(true)
                && (!search.sharedProjectsOnly() || projects.find(update.tenantId(), update.projectId())
                        .filter(Project::isVisibleToClient).isPresent());
    }

    /** Every update of every tenant, for the search index. */
    public java.util.List<ProjectUpdate> all() {
        return updates.values();
    }

}
