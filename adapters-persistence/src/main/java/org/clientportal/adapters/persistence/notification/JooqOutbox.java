package org.clientportal.adapters.persistence.notification;

import static org.clientportal.adapters.persistence.generated.Tables.NOTIFICATIONS;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.generated.tables.records.NotificationsRecord;
import org.clientportal.adapters.persistence.shared.JsonbMaps;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.notification.NotificationSearch;
import org.clientportal.application.notification.NotificationSort;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jooq.types.DayToSecond;

/**
 * The outbox in portal.notifications (V35): written and listed like any of the tenant's rows; claimed
 * and settled across tenants only through the relay's functions.
 */
public final class JooqOutbox implements Outbox, OutboxRelayStore {

    @Override
    public void add(Notification n) {
        NotificationsRecord record = new NotificationsRecord();
        record.setTenantId(n.tenantId().value());
        record.setId(n.id());
        record.setType(n.type().wireName());
        record.setClientId(n.clientId().map(ClientId::value).orElse(null));
        record.setPayload(JsonbMaps.toJsonb(n.payload()));
        record.setCreatedAt(n.occurredAt());
        record.setState(Lifecycle.wireName(NotificationState.PENDING));
        record.setAttempts(0);
        record.setNextAttemptAt(n.occurredAt());
        CurrentTransaction.dsl().insertInto(NOTIFICATIONS).set(record).execute();
    }

    @Override
    public Page<OutboxEntry> search(TenantId tenant, NotificationSearch search, PageRequest<NotificationSort> page) {
        Condition filter = NOTIFICATIONS.TENANT_ID.eq(tenant.value())
                .and(search.state().map(s -> NOTIFICATIONS.STATE.eq(Lifecycle.wireName(s))).orElse(DSL.noCondition()))
                .and(search.type().map(t -> NOTIFICATIONS.TYPE.eq(t.wireName())).orElse(DSL.noCondition()));
        Keyset<NotificationsRecord> keyset = new Keyset<>(SortColumn.time(NOTIFICATIONS.CREATED_AT), NOTIFICATIONS.ID,
                page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(NOTIFICATIONS).where(filter)).fetch())
                .map(JooqOutbox::toEntry);
    }

    /** In the order they fell due: an update's RETURNING keeps none of its own. */
    @Override
    public List<OutboxEntry> claim(int limit, Instant now, Duration lease) {
        return CurrentTransaction.dsl()
                .selectFrom(DSL.table("portal.claim_notifications({0}, {1}, {2})", DSL.val(limit),
                        DSL.val(now), DSL.val(DayToSecond.valueOf(lease))))
                .fetch(r -> toEntry(r.into(NOTIFICATIONS)))
                .stream()
                .sorted(Comparator.comparing(OutboxEntry::nextAttemptAt)
                        .thenComparing(e -> e.notification().id().toString()))
                .toList();
    }

    @Override
    public void delivered(TenantId tenant, UUID id, Instant at) {
        CurrentTransaction.dsl().execute("select portal.notification_delivered(?, ?, ?)", tenant.value(), id, at);
    }

    @Override
    public void failed(TenantId tenant, UUID id, String error, Instant retryAt) {
        CurrentTransaction.dsl().execute("select portal.notification_failed(?, ?, ?, ?)", tenant.value(), id, error,
                retryAt);
    }

    @Override
    public Map<TenantId, Long> sweepDelivered(Instant before, int limit) {
        return CurrentTransaction.dsl()
                .fetch("select tenant_id, removed from portal.sweep_delivered_notifications(?, ?)", before, limit)
                .intoMap(r -> new TenantId(r.get(0, UUID.class)), r -> r.get(1, Long.class));
    }

    private static OutboxEntry toEntry(NotificationsRecord r) {
        NotificationType type = NotificationType.of(r.getType())
                .orElseThrow(() -> new IllegalStateException("not an event type: " + r.getType()));
        Notification n = new Notification(r.getId(), new TenantId(r.getTenantId()), type,
                Optional.ofNullable(r.getClientId()).map(ClientId::new), JsonbMaps.fromJsonb(r.getPayload()),
                r.getCreatedAt());
        return new OutboxEntry(n, StatusNames.parse(NotificationState.class, r.getState()), r.getAttempts(),
                Optional.ofNullable(r.getLastError()), r.getNextAttemptAt(), Optional.ofNullable(r.getDeliveredAt()));
    }
}
