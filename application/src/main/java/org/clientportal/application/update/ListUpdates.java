package org.clientportal.application.update;

import java.util.Optional;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;

/** Lists a project's updates for the agency, newest first, internal and client-visible alike unless filtered. */
public final class ListUpdates {

    public static final Listing<UpdateSort> LISTING =
            new Listing<>("updates", UpdateSort.class, Sort.descending(UpdateSort.CREATED_AT));

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final UpdateRepository updates;

    public ListUpdates(Transactions transactions, ProjectRepository projects, UpdateRepository updates) {
        this.transactions = transactions;
        this.projects = projects;
        this.updates = updates;
    }

    public Page<ProjectUpdate> execute(Actor actor, String projectId, String visibility, PageInput pageInput) {
        actor.require(Permission.READ);
        ProjectId project = ProjectId.parse(projectId);
        Validation v = new Validation();
        Optional<Visibility> filter = v.optional("visibility", visibility, raw -> StatusNames.parse(Visibility.class, raw));
        v.done();
        UpdateSearch search = UpdateSearch.ofProject(project, filter);
        PageRequest<UpdateSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> {
            projects.find(actor.tenantId(), project).orElseThrow(() -> new NotFound("project", projectId));
            return updates.search(actor.tenantId(), search, page);
        });
    }
}
