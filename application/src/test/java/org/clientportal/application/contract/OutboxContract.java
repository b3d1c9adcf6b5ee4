package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.clientportal.application.notification.NotificationSearch;
import org.clientportal.application.notification.NotificationSort;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/**
 * The outbox: events written with the tenant's changes and listed by it; claimed by relays across
 * tenants, each claim keeping other relays off for its lease, and settled as delivered or failed.
 */
public abstract class OutboxContract extends StorageContract {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private Notification event(TenantId tenant, ClientId client, NotificationType type, int minute,
                               Map<String, Object> payload) {
        Notification n = new Notification(newId(), tenant, type, Optional.of(client), payload, at(minute));
        inTenant(tenant, () -> ports.outbox().add(n));
        return n;
    }

    private List<OutboxEntry> claim(Instant now) {
        return ports.transactions().outsideTenant(() -> ports.outboxRelay().claim(100, now, LEASE));
    }

    private List<OutboxEntry> list(TenantId tenant, NotificationSearch search) {
        return inTenant(tenant, () -> ports.outbox().search(tenant, search,
                page(tenant, Sort.descending(NotificationSort.CREATED_AT), 10, Optional.empty()))).items();
    }

    private static List<UUID> ids(List<OutboxEntry> entries) {
        return entries.stream().map(e -> e.notification().id()).toList();
    }

    @Test
    void anEvent_isListedPending_withEveryField_newestFirst_filteredByStateAndType() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Notification posted = event(tenant, client, NotificationType.UPDATE_POSTED, 1, Map.of("body", "Live", "title", "Beta"));
        Notification link = event(tenant, client, NotificationType.PORTAL_LINK_ISSUED, 2, Map.of("url", "https://x"));
        TenantId other = newTenant();
        event(other, newClient(other), NotificationType.UPDATE_POSTED, 3, Map.of());

        List<OutboxEntry> all = list(tenant, new NotificationSearch(Optional.empty(), Optional.empty()));

        assertThat(ids(all)).containsExactly(link.id(), posted.id());
        OutboxEntry first = all.get(1);
        assertThat(first.notification()).isEqualTo(posted);
        assertThat(first.state()).isEqualTo(NotificationState.PENDING);
        assertThat(first.attempts()).isZero();
        assertThat(first.nextAttemptAt()).isEqualTo(at(1));
        assertThat(ids(list(tenant, new NotificationSearch(Optional.empty(),
                Optional.of(NotificationType.UPDATE_POSTED))))).containsExactly(posted.id());
        assertThat(list(tenant, new NotificationSearch(Optional.of(NotificationState.DELIVERED), Optional.empty())))
                .isEmpty();
    }

    @Test
    void aClaim_takesDueEventsOfEveryTenant_oldestFirst_andKeepsThemFromOtherRelaysForItsLease() {
        TenantId a = newTenant();
        TenantId b = newTenant();
        Notification first = event(a, newClient(a), NotificationType.UPDATE_POSTED, 1, Map.of());
        Notification second = event(b, newClient(b), NotificationType.REPORT_PUBLISHED, 2, Map.of());
        Notification future = event(a, newClient(a), NotificationType.UPDATE_POSTED, 500, Map.of());

        List<UUID> claimed = ids(claim(at(10)));

        assertThat(claimed).containsSubsequence(first.id(), second.id()).doesNotContain(future.id());
        assertThat(ids(claim(at(11)))).doesNotContain(first.id(), second.id());
        assertThat(ids(claim(at(10).plus(LEASE)))).contains(first.id(), second.id());
    }

    @Test
    void relaysClaimingAtOnce_neverShareAnEvent_andBetweenThemTakeEveryDueOne() throws Exception {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        List<UUID> written = IntStream.range(0, 60).mapToObj(i -> event(tenant, client,
                NotificationType.UPDATE_POSTED, 1, Map.of()).id()).toList();
        ExecutorService relays = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<UUID>>> claims = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                claims.add(relays.submit(() -> ids(ports.transactions().outsideTenant(
                        () -> ports.outboxRelay().claim(25, at(10), LEASE)))));
            }
            List<UUID> all = new ArrayList<>();
            for (Future<List<UUID>> claim : claims) {
                all.addAll(claim.get());
            }
            assertThat(all).doesNotHaveDuplicates();
            assertThat(all).containsAll(written);
        } finally {
            relays.shutdownNow();
        }
    }

    @Test
    void aDeliveredEvent_isNeverClaimedAgain_andForgetsItsLink_aFailedOneWaitsForItsRetry() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        Notification link = event(tenant, client, NotificationType.PORTAL_LINK_ISSUED, 1,
                Map.of("url", "https://portal/p/secret", "contactName", "Ada"));
        Notification update = event(tenant, client, NotificationType.UPDATE_POSTED, 2, Map.of());
        claim(at(10));

        ports.transactions().outsideTenant(() -> {
            ports.outboxRelay().delivered(tenant, link.id(), at(11));
            ports.outboxRelay().failed(tenant, update.id(), "The hub answered 503", at(30));
            return null;
        });

        List<OutboxEntry> listed = list(tenant, new NotificationSearch(Optional.empty(), Optional.empty()));
        OutboxEntry delivered = listed.get(1);
        OutboxEntry failed = listed.get(0);
        assertThat(delivered.state()).isEqualTo(NotificationState.DELIVERED);
        assertThat(delivered.deliveredAt()).contains(at(11));
        assertThat(delivered.attempts()).isEqualTo(1);
        assertThat(delivered.notification().payload()).containsOnlyKeys("contactName");
        assertThat(failed.state()).isEqualTo(NotificationState.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("The hub answered 503");
        assertThat(failed.nextAttemptAt()).isEqualTo(at(30));
        assertThat(ids(claim(at(29)))).doesNotContain(link.id(), update.id());
        assertThat(ids(claim(at(30)))).contains(update.id()).doesNotContain(link.id());
    }

    @Test
    void theSweep_removesEventsDeliveredBeforeAMoment_inBatches_andNothingPending() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        List<Notification> events = List.of(event(tenant, client, NotificationType.UPDATE_POSTED, 1, Map.of()),
                event(tenant, client, NotificationType.UPDATE_POSTED, 2, Map.of()),
                event(tenant, client, NotificationType.UPDATE_POSTED, 3, Map.of()));
        Notification pending = event(tenant, client, NotificationType.UPDATE_POSTED, 4, Map.of());
        claim(at(10));
        ports.transactions().outsideTenant(() -> {
            for (int i = 0; i < events.size(); i++) {
                // long before any other test's deliveries, so that a sweep here takes none of theirs
                ports.outboxRelay().delivered(tenant, events.get(i).id(), at(-600 + i));
            }
            return null;
        });

        Map<TenantId, Long> first = sweep(at(-598), 1);
        Map<TenantId, Long> rest = sweep(at(-598), 100);

        assertThat(first).containsEntry(tenant, 1L);
        assertThat(rest).containsEntry(tenant, 1L);
        assertThat(ids(list(tenant, new NotificationSearch(Optional.empty(), Optional.empty()))))
                .containsExactly(pending.id(), events.get(2).id());
    }

    private Map<TenantId, Long> sweep(Instant before, int limit) {
        return ports.transactions().outsideTenant(() -> ports.outboxRelay().sweepDelivered(before, limit));
    }
}
