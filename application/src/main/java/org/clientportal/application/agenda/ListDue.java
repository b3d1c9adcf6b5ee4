package org.clientportal.application.agenda;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.agenda.DueItem;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.Validation;

/** Lists the open tasks and milestones coming due within a number of days, from today in the agency's time zone. */
public final class ListDue {

    public static final Listing<DueSort> LISTING = new Listing<>("due", DueSort.class, Sort.ascending(DueSort.DUE_DATE));
    public static final int DEFAULT_DAYS = 7;
    public static final int MAX_DAYS = 366;

    private static final Pattern DAYS = Pattern.compile("^([0-9]{1,3})d$");

    private final Transactions transactions;
    private final Agenda agenda;
    private final SlaSettings settings;
    private final Clock clock;

    ListDue(Transactions transactions, Agenda agenda, SlaSettings settings, Clock clock) {
        this.transactions = transactions;
        this.agenda = agenda;
        this.settings = settings;
        this.clock = clock;
    }

    public Page<DueItem> execute(Actor actor, String within, PageInput input) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        int days = v.optional("within", within, ListDue::days).orElse(DEFAULT_DAYS);
        v.done();
        PageRequest<DueSort> page = LISTING.request(input, actor.tenantId(), "within=" + days);
        Listing.requireAscending(page, "soonest first: leave sort out, or send sort=dueDate");
        return transactions.inTenant(actor.tenantId(), () -> {
            LocalDate today = settings.hoursOf(actor.tenantId()).dayOf(clock.now());
            return Page.fromOverfetch(agenda.due(actor.tenantId(), today, today.plusDays(days), page.after(),
                    page.limit() + 1), page, item -> new Position(new SortValue.Date(Optional.of(item.dueDate())),
                    item.orderId()));
        });
    }

    private static int days(String raw) {
        Matcher m = DAYS.matcher(raw.strip());
        int days = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("must be a number of days from 0 to " + MAX_DAYS + " followed by d,"
                    + " such as 7d");
        }
        return days;
    }
}
