package org.clientportal.application.port;

import org.clientportal.application.search.SearchHit;
import org.clientportal.application.search.SearchQuery;
import org.clientportal.application.search.SearchSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.shared.TenantId;

/** Full-text search over the tenant's searchable records. */
public interface SearchIndex {

    /**
     * The tenant's records of the query's types that match its text, best first (ties by type, then
     * id), after the request's position. With {@code sharedWith}, only what that client's contacts
     * may see: its client-visible records, tasks and updates only on its shared projects. A text with
     * no searchable word in it matches nothing.
     */
    Page<SearchHit> search(TenantId tenant, SearchQuery query, PageRequest<SearchSort> page);
}
