package org.clientportal.application.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeEntryRules;
import org.clientportal.domain.capacity.TimeSpent;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/** An operator corrects their own time entry (one who manages capacity, anyone's); the budgets count it anew. */
public final class ChangeTimeEntry {

    private final Transactions transactions;
    private final TimeEntryRepository entries;
    private final CapacityCrossings crossings;
    private final AuditRecorder audit;
    private final Clock clock;

    public ChangeTimeEntry(Transactions transactions, TimeEntryRepository entries, CapacityCrossings crossings,
                           AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.entries = entries;
        this.crossings = crossings;
        this.audit = audit;
        this.clock = clock;
    }

    public TimeEntry execute(Actor actor, String entryId, TimeEntryChanges changes) {
        TimeKeeper keeper = TimeKeeper.of(actor, Permission.WRITE);
        TimeEntryId id = TimeEntryId.parse(entryId);
        Validation v = new Validation();
        Integer minutes = changes.minutes().present() ? v.requiredValue("minutes", changes.minutes().value(), TimeSpent::minutes) : null;
        LocalDate date = changes.date().present()
                ? TimeSpentInput.date(v, changes.date().value(), CapacityDays.today(clock)) : null;
        Optional<String> note = changes.note().present() ? TimeSpentInput.note(v, changes.note().value()) : null;
        if (changes.billable().present() && changes.billable().value() == null) {
            v.add("billable", "cannot be cleared; send true or false");
        }
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            TimeEntry before = entries.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("time-entry", entryId));
            TimeEntryRules.mayChange(before, keeper.id(), keeper.managesCapacity()).ifPresent(r -> {
                throw r.toError();
            });
            StaleVersion.check("time-entry", changes.expectedVersion(), before.version());
            TimeSpent was = before.spent();
            TimeEntry after = before.with(new TimeSpent(minutes == null ? was.minutes() : minutes,
                    date == null ? was.date() : date, note == null ? was.note() : note,
                    changes.billable().or(was.billable())), clock.now());
            if (after == before) {
                return before;
            }
            entries.update(after, before.version());
            audit.changed(actor, "time-entry.edited", "time-entry", id, Snapshots.of(before), Snapshots.of(after));
            crossings.check(actor, after.clientId(), List.of(was.date(), after.spent().date()));
            return after;
        });
    }
}
