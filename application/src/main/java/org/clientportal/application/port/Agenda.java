package org.clientportal.application.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.Position;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.agenda.StaleItem;
import org.clientportal.domain.shared.TenantId;

/** Work coming due and work gone stale, each one list across kinds of record, keyset-paged. */
public interface Agenda {

    /**
     * Open tasks and milestones due from {@code from} to {@code to} (both included), by due date then
     * order id (as text), after the position (a {@code SortValue.Date} and an order id), at most {@code limit}.
     */
    List<DueItem> due(TenantId tenant, LocalDate from, LocalDate to, Optional<Position> after, int limit);

    /**
     * Leads, projects under way and open tasks last changed before {@code untouchedSince}, oldest
     * first then by id (as text), after the position (a {@code SortValue.Time} and an id), at most {@code limit}.
     */
    List<StaleItem> stale(TenantId tenant, Instant untouchedSince, Optional<Position> after, int limit);
}
