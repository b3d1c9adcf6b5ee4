package org.clientportal.application.port;

import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.AuditSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;

/** The append-only record of every mutation. */
public interface AuditTrail {

    void append(AuditEvent event);

    /** The events matching the filters, in the requested order (ties by id), after the request's position. */
    Page<AuditEvent> search(TenantId tenant, AuditSearch search, PageRequest<AuditSort> page);
}
