package org.clientportal.application.fakes;

import java.util.List;
import java.util.UUID;
import org.clientportal.application.audit.AuditSearch;
import org.clientportal.application.audit.AuditSort;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryAuditTrail implements AuditTrail {

    private final TransactionalMap<UUID, AuditEvent> events;

    public InMemoryAuditTrail(InMemoryTransactions transactions) {
        this.events = new TransactionalMap<>(transactions);
    }

    @Override
    public void append(AuditEvent event) {
        events.put(event.id(), event);
    }

    @Override
    public Page<AuditEvent> search(TenantId tenant, AuditSearch search, PageRequest<AuditSort> page) {
        return Keyset.page(events.values(),
                e -> e.tenantId().equals(tenant)
                        && search.entityType().map(t -> t.equals(e.entityType())).orElse(true)
                        && search.entityId().map(i -> i.equals(e.entityId())).orElse(true),
                page, e -> sortValue(e, page.sort().field()), AuditEvent::id);
    }

    private static SortValue sortValue(AuditEvent event, AuditSort field) {
        return switch (field) {
            case AT -> new SortValue.Time(event.at());
        };
    }

    /** Every event in the order appended, for assertions. */
    public List<AuditEvent> all() {
        return events.values();
    }
}
