package org.clientportal.application.port;

import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;

/** The append-only record of every mutation. */
public interface AuditTrail {

    void append(AuditEvent event);

    /** Newest first. */
    Page<AuditEvent> search(TenantId tenant, AuditSearch search, PageRequest page);
}
