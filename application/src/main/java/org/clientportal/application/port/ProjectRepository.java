package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.TenantId;

public interface ProjectRepository {

    /** Stores the project with its milestones. */
    void add(Project project);

    /** The project with its milestones in order. */
    Optional<Project> find(TenantId tenant, ProjectId id);

    /** Those of these projects that are shared with their client (client-visible), without their milestones. */
    Set<ProjectId> sharedAmong(TenantId tenant, Collection<ProjectId> ids);

    /**
     * Stores the project and replaces its milestones. Throws
     * {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on.
     */
    void update(Project project, long expectedVersion);

    /**
     * The projects matching the filters, in the requested order (ties by id in the same direction;
     * projects without a due date last in either direction of {@code dueDate}), after the request's
     * position; items carry their milestones.
     */
    Page<Project> search(TenantId tenant, ProjectSearch search, PageRequest<ProjectSort> page);

    /** The status of every project of the client (one entry per project). */
    List<ProjectStatus> statusesOfClient(TenantId tenant, ClientId client);
}
