package org.clientportal.application.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.clientportal.application.notification.NotificationSearch;
import org.clientportal.application.notification.NotificationSort;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.shared.TenantId;

/** The outbox in a map, with the relay's claims as the database keeps them. */
public final class InMemoryOutbox implements Outbox, OutboxRelayStore {

    private record Row(OutboxEntry entry, Optional<Instant> claimedUntil) {
    }

    private final TransactionalMap<UUID, Row> rows;

    public InMemoryOutbox(InMemoryTransactions transactions) {
        this.rows = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(Notification n) {
        rows.put(n.id(), new Row(new OutboxEntry(n, NotificationState.PENDING, 0, Optional.empty(), n.occurredAt(),
                Optional.empty()), Optional.empty()));
    }

    @Override
    public Page<OutboxEntry> search(TenantId tenant, NotificationSearch search, PageRequest<NotificationSort> page) {
        return Keyset.page(rows.values().stream().map(Row::entry).toList(), e -> e.notification().tenantId()
                        .equals(tenant) && search.state().map(s -> s == e.state()).orElse(true)
                        && search.type().map(t -> t == e.notification().type()).orElse(true), page,
                e -> new SortValue.Time(e.notification().occurredAt()), e -> e.notification().id());
    }

    @Override
    public synchronized List<OutboxEntry> claim(int limit, Instant now, Duration lease) {
        List<Row> due = new ArrayList<>(rows.values().stream()
                .filter(r -> r.entry().state() == NotificationState.PENDING && !r.entry().nextAttemptAt().isAfter(now)
                        && r.claimedUntil().filter(until -> until.isAfter(now)).isEmpty())
                .sorted(Comparator.comparing((Row r) -> r.entry().nextAttemptAt())
                        .thenComparing(r -> r.entry().notification().id().toString()))
                .limit(limit).toList());
        due.forEach(r -> rows.put(r.entry().notification().id(), new Row(r.entry(), Optional.of(now.plus(lease)))));
        return due.stream().map(Row::entry).toList();
    }

    @Override
    public synchronized void delivered(TenantId tenant, UUID id, Instant at) {
        Row row = rows.get(id).orElseThrow();
        Notification n = row.entry().notification();
        Map<String, Object> payload = new HashMap<>(n.payload());
        payload.remove("url");
        rows.put(id, new Row(new OutboxEntry(new Notification(n.id(), n.tenantId(), n.type(), n.clientId(), payload,
                n.occurredAt()), NotificationState.DELIVERED, row.entry().attempts() + 1, row.entry().lastError(),
                row.entry().nextAttemptAt(), Optional.of(at)), Optional.empty()));
    }

    @Override
    public synchronized void failed(TenantId tenant, UUID id, String error, Instant retryAt) {
        Row row = rows.get(id).orElseThrow();
        rows.put(id, new Row(new OutboxEntry(row.entry().notification(), NotificationState.PENDING,
                row.entry().attempts() + 1, Optional.of(error), retryAt, Optional.empty()), Optional.empty()));
    }

    @Override
    public synchronized Map<TenantId, Long> sweepDelivered(Instant before, int limit) {
        List<OutboxEntry> gone = rows.values().stream().map(Row::entry)
                .filter(e -> e.deliveredAt().filter(at -> at.isBefore(before)).isPresent())
                .sorted(Comparator.comparing((OutboxEntry e) -> e.deliveredAt().orElseThrow()))
                .limit(limit).toList();
        gone.forEach(e -> rows.remove(e.notification().id()));
        return gone.stream().collect(Collectors.groupingBy(e -> e.notification().tenantId(), Collectors.counting()));
    }

    /** Every event of every tenant, for tests. */
    public List<OutboxEntry> all() {
        return rows.values().stream().map(Row::entry).toList();
    }
}
