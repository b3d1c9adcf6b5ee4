package org.clientportal.application.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.SortValue;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.RequestClock;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaReading;
import org.clientportal.domain.sla.SlaState;

/**
 * Assembles the queue inside the caller's transaction: kind after kind, most urgent first, each
 * read after the cursor's place. The SLA kinds come from every running clock read now (the open
 * requests, which an agency keeps few of); the others from their rows, a page at a time.
 */
final class QueueItems {

    /** A place in the queue's order: the kind's rank, then oldest first, then the record id as text (as PostgreSQL orders uuids). */
    private record Spot(int rank, Instant at, String recordId) implements Comparable<Spot> {

        private static final Comparator<Spot> ORDER = Comparator.comparingInt(Spot::rank)
                .thenComparing(Spot::at).thenComparing(Spot::recordId);

        static Spot of(QueueItem item) {
            return new Spot(item.kind().rank(), item.at(), item.recordId().toString());
        }

        static Spot of(Position position) {
            SortValue.Ranked ranked = (SortValue.Ranked) position.key();
            return new Spot(ranked.rank(), ranked.at(), position.id().toString());
        }

        @Override
        public int compareTo(Spot other) {
            return ORDER.compare(this, other);
        }
    }

    /** Sorts after every id: a place a microsecond (the database's grain) before {@code since} takes all from it on. */
    private static final UUID UUID_MAX = new UUID(-1L, -1L);

    private final WorkQueue queue;
    private final RequestClockRepository clocks;
    private final SlaSettings settings;
    private final Clock clock;

    QueueItems(WorkQueue queue, RequestClockRepository clocks, SlaSettings settings, Clock clock) {
        this.queue = queue;
        this.clocks = clocks;
        this.settings = settings;
        this.clock = clock;
    }

    static Position positionOf(QueueItem item) {
        return new Position(new SortValue.Ranked(item.kind().rank(), item.at()), item.recordId());
    }

    /** Up to {@code limit} items after the position (of {@link #positionOf}), in the queue's order. */
    List<QueueItem> after(TenantId tenant, Optional<Position> after, int limit) {
        Instant now = clock.now();
        BusinessHours hours = settings.hoursOf(tenant);
        int afterRank = after.map(p -> ((SortValue.Ranked) p.key()).rank()).orElse(0);
        List<QueueItem> found = new ArrayList<>();
        List<QueueItem> sla = afterRank <= QueueItemKind.SLA_AT_RISK.rank() ? visibleSla(tenant, hours, now) : List.of();
        for (QueueItemKind kind : QueueItemKind.values()) {
            if (found.size() >= limit) {
                break;
            }
            if (kind.rank() < afterRank) {
                continue;
            }
            Optional<Position> within = after.filter(p -> kind.rank() == ((SortValue.Ranked) p.key()).rank())
                    .map(p -> new Position(new SortValue.Time(((SortValue.Ranked) p.key()).at()), p.id()));
            int wanted = limit - found.size();
            found.addAll(kind.isSla()
                    ? sla.stream().filter(i -> i.kind() == kind)
                            .filter(i -> after.isEmpty() || Spot.of(i).compareTo(Spot.of(after.get())) > 0)
                            .limit(wanted).toList()
                    : queue.items(tenant, kind, hours.dayOf(now), hours.zone(), now, within, wanted));
        }
        return found;
    }

    /**
     * Up to {@code limit} items of one kind in the queue now, oldest first, those placed at or after
     * {@code since} only when given (a request filed since, a report in review since).
     */
    List<QueueItem> ofKind(TenantId tenant, QueueItemKind kind, Optional<Instant> since, int limit) {
        Instant now = clock.now();
        BusinessHours hours = settings.hoursOf(tenant);
        if (kind.isSla()) {
            return visibleSla(tenant, hours, now).stream().filter(i -> i.kind() == kind)
                    .filter(i -> since.map(s -> !i.at().isBefore(s)).orElse(true)).limit(limit).toList();
        }
        Optional<Position> from = since.map(s -> new Position(new SortValue.Time(s.minusNanos(1_000)), UUID_MAX));
        return queue.items(tenant, kind, hours.dayOf(now), hours.zone(), now, from, limit);
    }

    /** Up to {@code limit} items of an SLA kind now, oldest first, whether a mark hides them or not. */
    List<QueueItem> ofSlaKind(TenantId tenant, QueueItemKind kind, int limit) {
        Instant now = clock.now();
        return sla(tenant, settings.hoursOf(tenant), now).stream().filter(i -> i.kind() == kind).limit(limit).toList();
    }

    /** The item of this id if it is in the queue now, whether a mark hides it or not. */
    Optional<QueueItem> find(TenantId tenant, QueueItemId id) {
        Instant now = clock.now();
        BusinessHours hours = settings.hoursOf(tenant);
        if (!id.kind().isSla()) {
            return queue.item(tenant, id, hours.dayOf(now), hours.zone());
        }
        return sla(tenant, hours, now).stream().filter(i -> i.id().equals(id)).findFirst();
    }

    private List<QueueItem> visibleSla(TenantId tenant, BusinessHours hours, Instant now) {
        List<QueueItem> items = sla(tenant, hours, now);
        Map<QueueItemId, QueueMark> marks = queue.marks(tenant, items.stream().map(QueueItem::id).toList());
        return items.stream().filter(i -> !marks.containsKey(i.id()) || !marks.get(i.id()).hides(now)).toList();
    }

    /** Every running clock that is at risk or breached, about the task carrying it (else its ask). */
    private List<QueueItem> sla(TenantId tenant, BusinessHours hours, Instant now) {
        List<RequestClock> running = clocks.running(tenant);
        if (running.isEmpty()) {
            return List.of();
        }
        SlaPolicy policy = settings.policyOf(tenant);
        // Only the clocks at risk or breached need to know what they are about.
        Map<TaskKey, SlaReading> late = new LinkedHashMap<>();
        running.forEach(c -> {
            SlaReading reading = c.readAt(hours, policy, now);
            if (reading.state() != SlaState.ON_TRACK) {
                late.put(c.carrier(), reading);
            }
        });
        if (late.isEmpty()) {
            return List.of();
        }
        Map<TaskKey, QueueItem.Request> requests = queue.requests(tenant, late.keySet());
        List<QueueItem> items = new ArrayList<>();
        late.forEach((key, reading) -> Optional.ofNullable(requests.get(key))
                .flatMap(request -> QueueItem.ofSla(request, reading, now)).ifPresent(items::add));
        items.sort(Comparator.comparing(Spot::of));
        return items;
    }
}
