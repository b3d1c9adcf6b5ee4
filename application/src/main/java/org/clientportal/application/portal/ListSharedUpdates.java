package org.clientportal.application.portal;

import java.util.Optional;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.application.update.UpdateSort;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * A contact lists the client-visible updates of the projects shared with their client, newest
 * first, across them all or for one.
 */
public final class ListSharedUpdates {

    public static final Listing<UpdateSort> LISTING =
            new Listing<>("portal-updates", UpdateSort.class, Sort.descending(UpdateSort.CREATED_AT));

    private final Transactions transactions;
    private final UpdateRepository updates;

    public ListSharedUpdates(Transactions transactions, UpdateRepository updates) {
        this.transactions = transactions;
        this.updates = updates;
    }

    public Page<ProjectUpdate> execute(Actor actor, String projectId, PageInput pageInput) {
        PortalScope scope = PortalScope.of(actor);
        Validation v = new Validation();
        Optional<ProjectId> project = v.optional("projectId", projectId, ProjectId::of);
        v.done();
        UpdateSearch search = UpdateSearch.sharedWith(scope.clientId(), project);
        PageRequest<UpdateSort> page = LISTING.request(pageInput, scope.tenantId(), search.canonical());
        return transactions.inPortal(scope, () -> updates.search(scope.tenantId(), search, page));
    }
}
