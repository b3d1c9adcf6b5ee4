package org.clientportal.application.port;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.docs.DocsSearch;
import org.clientportal.application.docs.DocsSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.shared.TenantId;

/** The agency's copy of its Klevar Docs documents and invoices, and the webhook events already taken. */
public interface DocsRepository {

    /** Notes a webhook event as taken; false when it was taken before (a replay), and nothing is noted. */
    boolean firstDelivery(TenantId tenant, String eventId, String type, Instant receivedAt);

    /** Found by its Docs id and row-locked until the transaction ends, so that two events apply one after the other. */
    Optional<DocsRecord> lock(TenantId tenant, DocsKind kind, String externalId);

    void add(DocsRecord record);

    void update(DocsRecord record);

    Optional<DocsRecord> find(TenantId tenant, DocsKind kind, DocsRecordId id);

    /** The records matching the filters, most recently told of first (ties by id). */
    Page<DocsRecord> search(TenantId tenant, DocsSearch search, PageRequest<DocsSort> page);
}
