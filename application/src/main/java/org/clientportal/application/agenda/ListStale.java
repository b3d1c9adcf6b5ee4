package org.clientportal.application.agenda;

import java.time.Duration;
import java.time.Instant;
import org.clientportal.application.port.Agenda;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Position;
import org.clientportal.application.shared.Sort;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.agenda.StaleItem;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Validation;

/** Lists the leads, projects under way and open tasks nobody has changed for a number of days. */
public final class ListStale {

    public static final Listing<StaleSort> LISTING = new Listing<>("stale", StaleSort.class,
            Sort.ascending(StaleSort.UPDATED_AT));
    public static final int DEFAULT_DAYS = 14;
    public static final int MAX_DAYS = 3650;

    private final Transactions transactions;
    private final Agenda agenda;
    private final Clock clock;

    ListStale(Transactions transactions, Agenda agenda, Clock clock) {
        this.transactions = transactions;
        this.agenda = agenda;
        this.clock = clock;
    }

    public Page<StaleItem> execute(Actor actor, String days, PageInput input) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        int untouched = v.optional("days", days, ListStale::days).orElse(DEFAULT_DAYS);
        v.done();
        PageRequest<StaleSort> page = LISTING.request(input, actor.tenantId(), "days=" + untouched);
        Listing.requireAscending(page, "longest untouched first: leave sort out, or send sort=updatedAt");
        Instant since = clock.now().minus(Duration.ofDays(untouched));
        return transactions.inTenant(actor.tenantId(), () -> Page.fromOverfetch(
                agenda.stale(actor.tenantId(), since, page.after(), page.limit() + 1), page,
                item -> new Position(new SortValue.Time(item.updatedAt()), item.id())));
    }

    private static int days(String raw) {
        int days;
        try {
            days = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("must be a whole number of days from 1 to " + MAX_DAYS);
        }
        return days;
    }
}
