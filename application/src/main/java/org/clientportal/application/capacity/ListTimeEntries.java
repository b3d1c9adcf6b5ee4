package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.Optional;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Validation;

/** Lists the agency's time entries, by the day worked (newest first) unless asked otherwise. */
public final class ListTimeEntries {

    public static final Listing<TimeEntrySort> LISTING =
            new Listing<>("time-entries", TimeEntrySort.class, Sort.descending(TimeEntrySort.DATE));

    private final Transactions transactions;
    private final TimeEntryRepository entries;

    public ListTimeEntries(Transactions transactions, TimeEntryRepository entries) {
        this.transactions = transactions;
        this.entries = entries;
    }

    public Page<TimeEntry> execute(Actor actor, TimeEntryFilters filters, PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<OperatorId> operator = "me".equals(filters.operatorId())
                ? Optional.of(TimeKeeper.of(actor, Permission.READ).id())
                : v.optional("operatorId", filters.operatorId(), OperatorId::of);
        Optional<LocalDate> from = v.optional("from", filters.from(), Dates::parse);
        Optional<LocalDate> to = v.optional("to", filters.to(), Dates::parse);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            v.add("to", "must be on or after from");
        }
        TimeEntrySearch search = new TimeEntrySearch(v.optional("clientId", filters.clientId(), ClientId::of),
                v.optional("projectId", filters.projectId(), ProjectId::of),
                v.optional("taskKey", filters.taskKey(), TaskKey::new), operator, from, to,
                v.optional("billable", filters.billable(), ListTimeEntries::flag));
        v.done();
        PageRequest<TimeEntrySort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> entries.search(actor.tenantId(), search, page));
    }

    private static Boolean flag(String raw) {
        return switch (raw) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }
}
