package org.clientportal.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.shared.Position;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.queue.QueueItem;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.queue.QueueItemKind;
import org.clientportal.domain.queue.QueueMark;
import org.clientportal.domain.shared.TenantId;

/**
 * The stored side of the operator's queue: the items of the kinds read from rows (every kind but
 * the SLA ones, which are read from the clocks), what SLA items are about, and the marks operators
 * leave on items.
 */
public interface WorkQueue {

    /**
     * Items of one stored kind that no mark hides at {@code now}, ordered by {@code at} then
     * record id (as text), after {@code after} (a {@link org.clientportal.application.shared.SortValue.Time}
     * and a record id) when given, at most {@code limit}. {@code today} and {@code zone} are the
     * agency's: a task is overdue from the day after its due date.
     */
    List<QueueItem> items(TenantId tenant, QueueItemKind kind, LocalDate today, ZoneId zone, Instant now,
                          Optional<Position> after, int limit);

    /** The item of a stored kind with this id, if it is in the queue now, hidden by a mark or not. */
    Optional<QueueItem> item(TenantId tenant, QueueItemId id, LocalDate today, ZoneId zone);

    /** The tasks, else the asks, of these keys, as queue items name them; a key of neither is left out. */
    Map<TaskKey, QueueItem.Request> requests(TenantId tenant, Collection<TaskKey> keys);

    /** The marks of these items; an item without one is left out. */
    Map<QueueItemId, QueueMark> marks(TenantId tenant, Collection<QueueItemId> ids);

    /** Stores the item's mark, replacing the one it had. */
    void saveMark(TenantId tenant, QueueMark mark);
}
