package org.clientportal.application.portal;

import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.project.ProjectSearch;
import org.clientportal.application.project.ProjectSort;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.project.Project;

/** A contact lists the projects the agency shares with their client, by name unless sorted otherwise. */
public final class ListSharedProjects {

    public static final Listing<ProjectSort> LISTING =
            new Listing<>("portal-projects", ProjectSort.class, Sort.ascending(ProjectSort.NAME));

    private final Transactions transactions;
    private final ProjectRepository projects;

    public ListSharedProjects(Transactions transactions, ProjectRepository projects) {
        this.transactions = transactions;
        this.projects = projects;
    }

    public Page<Project> execute(Actor actor, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        ProjectSearch search = ProjectSearch.sharedWith(scope.clientId());
        PageRequest<ProjectSort> page = LISTING.request(pageInput, scope.tenantId(), search.canonical());
        return transactions.inPortal(scope, () -> projects.search(scope.tenantId(), search, page)
                .map(Project::asSharedWithClient));
    }
}
