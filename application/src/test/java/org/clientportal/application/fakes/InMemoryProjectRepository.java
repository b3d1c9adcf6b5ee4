package org.clientportal.application.fakes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryProjectRepository implements ProjectRepository {

    private final TransactionalMap<ProjectId, Project> projects;

    public InMemoryProjectRepository(InMemoryTransactions transactions) {
        this.projects = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Project project) {
        projects.put(project.id(), project);
    }

    @Override
    public Set<ProjectId> sharedAmong(TenantId tenant, Collection<ProjectId> ids) {
        return ids.stream().flatMap(id -> find(tenant, id).filter(Project::isVisibleToClient).stream())
                .map(Project::id).collect(Collectors.toSet());
    }

    @Override
    public Optional<Project> find(TenantId tenant, ProjectId id) {
        return projects.get(id).filter(p -> p.tenantId().equals(tenant));
    }

    @Override
    public synchronized void update(Project project, long expectedVersion) {
        Project stored = find(project.tenantId(), project.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("project", project.id().toString());
        }
        projects.put(project.id(), project);
    }

    @Override
    public Page<Project> search(TenantId tenant, ProjectSearch search, PageRequest<ProjectSort> page) {
        return Keyset.page(projects.values(),
                p -> p.tenantId().equals(tenant) && search.admits(p),
                page, p -> sortValue(p, page.sort().field()), p -> p.id().value());
    }

    private static SortValue sortValue(Project project, ProjectSort field) {
        return switch (field) {
            case NAME -> new SortValue.Text(project.details().name());
            case CREATED_AT -> new SortValue.Time(project.createdAt());
            case UPDATED_AT -> new SortValue.Time(project.updatedAt());
            case DUE_DATE -> new SortValue.Date(project.details().dueDate());
        };
    }

    @Override
    public List<ProjectStatus> statusesOfClient(TenantId tenant, ClientId client) {
        return projects.values().stream()
                .filter(p -> p.tenantId().equals(tenant) && p.clientId().equals(client))
                .map(Project::status)
                .toList();
    }

    /** Every project of every tenant, for the search index. */
    public java.util.List<Project> all() {
        return projects.values();
    }

}
