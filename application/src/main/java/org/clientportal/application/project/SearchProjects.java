package org.clientportal.application.project;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectStatus;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;

/** Lists projects, newest first unless sorted otherwise, filtered by client, statuses and visibility. */
public final class SearchProjects {

    public static final Listing<ProjectSort> LISTING =
            new Listing<>("projects", ProjectSort.class, Sort.descending(ProjectSort.CREATED_AT));

    private final Transactions transactions;
    private final ProjectRepository projects;

    public SearchProjects(Transactions transactions, ProjectRepository projects) {
        this.transactions = transactions;
        this.projects = projects;
    }

    /** {@code statuses} as sent, any number of them: a project in any of them is listed; none, every project. */
    public Page<Project> execute(Actor actor, String clientId, List<String> statuses, String visibility,
                                 PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<ClientId> client = v.optional("clientId", clientId, ClientId::of);
        Set<ProjectStatus> statusFilter = Set.copyOf(v.each("status", statuses,
                raw -> StatusNames.parse(ProjectStatus.class, raw)));
        Optional<Visibility> visibilityFilter = v.optional("visibility", visibility,
                raw -> StatusNames.parse(Visibility.class, raw));
        v.done();
        ProjectSearch search = new ProjectSearch(client, statusFilter, visibilityFilter);
        PageRequest<ProjectSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> projects.search(actor.tenantId(), search, page));
    }
}
