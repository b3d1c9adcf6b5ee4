package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.application.update.UpdateSort;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/** Updates posted on projects. */
public interface UpdateRepository {

    void add(ProjectUpdate update);

    Optional<ProjectUpdate> find(TenantId tenant, UpdateId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(ProjectUpdate update, long expectedVersion);

    /** The updates matching the filters, in the requested order (ties by id), after the request's position. */
    Page<ProjectUpdate> search(TenantId tenant, UpdateSearch search, PageRequest<UpdateSort> page);
}
