package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.docs.DocsSearch;
import org.clientportal.application.docs.DocsSort;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

/** The agency's copy of Docs' records, and the webhook events taken, in maps. */
public final class InMemoryDocsRepository implements DocsRepository {

    private record EventKey(TenantId tenant, String eventId) {
    }

    private final TransactionalMap<DocsRecordId, DocsRecord> records;
    private final TransactionalMap<EventKey, Instant> events;

    public InMemoryDocsRepository(InMemoryTransactions transactions) {
        this.records = new TransactionalMap<>(transactions);
        this.events = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized boolean firstDelivery(TenantId tenant, String eventId, String type, Instant receivedAt) {
        EventKey key = new EventKey(tenant, eventId);
        if (events.get(key).isPresent()) {
            return false;
        }
        events.put(key, receivedAt);
        return true;
    }

    @Override
    public Optional<DocsRecord> lock(TenantId tenant, DocsKind kind, String externalId) {
        return records.values().stream().filter(r -> r.tenantId().equals(tenant) && r.facts().kind() == kind
                && r.facts().externalId().equals(externalId)).findFirst();
    }

    @Override
    public synchronized void add(DocsRecord record) {
        if (lock(record.tenantId(), record.facts().kind(), record.facts().externalId()).isPresent()) {
            throw new ConcurrentModification(record.facts().kind().name().toLowerCase(), record.facts().externalId());
        }
        records.put(record.id(), record);
    }

    @Override
    public void update(DocsRecord record) {
        records.put(record.id(), record);
    }

    @Override
    public Optional<DocsRecord> find(TenantId tenant, DocsKind kind, DocsRecordId id) {
        return records.get(id).filter(r -> r.tenantId().equals(tenant) && r.facts().kind() == kind);
    }

    @Override
    public Page<DocsRecord> search(TenantId tenant, DocsSearch search, PageRequest<DocsSort> page) {
        return Keyset.page(records.values(), r -> r.tenantId().equals(tenant) && admits(search, r), page,
                r -> new SortValue.Time(r.syncedAt()), r -> r.id().value());
    }

    private static boolean admits(DocsSearch search, DocsRecord r) {
        return r.facts().kind() == search.kind()
                && search.clientId().map(c -> r.clientId().filter(c::equals).isPresent()).orElse(true)
                && search.status().map(s -> r.facts().status() == s).orElse(true)
                && (!search.clientVisibleOnly() || r.facts().clientVisible());
    }

    /** Every record of every tenant, for tests. */
    public List<DocsRecord> all() {
        return records.values();
    }
}
