package org.clientportal.application.port;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.project.ProjectSearch;
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

    /**
     * Stores the project and replaces its milestones. Throws
     * {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on.
     */
    void update(Project project, long expectedVersion);

    /** Newest first; items carry their milestones. */
    Page<Project> search(TenantId tenant, ProjectSearch search, PageRequest page);

    /** The status of every project of the client (one entry per project). */
    List<ProjectStatus> statusesOfClient(TenantId tenant, ClientId client);
}
