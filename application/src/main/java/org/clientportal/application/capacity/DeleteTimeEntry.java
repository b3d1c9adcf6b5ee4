package org.clientportal.application.capacity;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.capacity.TimeEntry;
import org.clientportal.domain.capacity.TimeEntryId;
import org.clientportal.domain.capacity.TimeEntryRules;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;

/**
 * An operator deletes their own time entry (one who manages capacity, anyone's); the audit keeps what
 * it held. A crossing it had caused stays raised: the agency was told, and that happened.
 */
public final class DeleteTimeEntry {

    private final Transactions transactions;
    private final TimeEntryRepository entries;
    private final AuditRecorder audit;

    public DeleteTimeEntry(Transactions transactions, TimeEntryRepository entries, AuditRecorder audit) {
        this.transactions = transactions;
        this.entries = entries;
        this.audit = audit;
    }

    public void execute(Actor actor, String entryId, Optional<Long> expectedVersion) {
        TimeKeeper keeper = TimeKeeper.of(actor, Permission.WRITE);
        TimeEntryId id = TimeEntryId.parse(entryId);
        transactions.inTenant(actor.tenantId(), () -> {
            TimeEntry entry = entries.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("time-entry", entryId));
            TimeEntryRules.mayChange(entry, keeper.id(), keeper.managesCapacity()).ifPresent(r -> {
                throw r.toError();
            });
            StaleVersion.check("time-entry", expectedVersion, entry.version());
            entries.remove(entry, entry.version());
            audit.removed(actor, "time-entry.deleted", "time-entry", id, Snapshots.of(entry));
            return null;
        });
    }
}
