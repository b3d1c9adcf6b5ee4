package org.clientportal.domain.capacity;

import java.util.Optional;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.Rejection;

/** Who may log, edit and delete time, and for which clients. */
public final class TimeEntryRules {

    private TimeEntryRules() {
    }

    /** Any client but an offboarded one: a lead's pre-sales hours count too. */
    public static Optional<Rejection> mayLogTime(ClientStatus status) {
        if (status == ClientStatus.OFFBOARDED) {
            return Optional.of(new Rejection("time-entry.client-offboarded",
                    "The client is offboarded; re-engage it before logging time for it"));
        }
        return Optional.empty();
    }

    /** An operator edits and deletes their own entries; one who manages capacity, anyone's. */
    public static Optional<Rejection> mayChange(TimeEntry entry, OperatorId caller, boolean managesCapacity) {
        if (managesCapacity || entry.operatorId().equals(caller)) {
            return Optional.empty();
        }
        return Optional.of(Rejection.forbidden("time-entry.not-yours",
                "This time entry is another operator's; only an owner or an admin changes it"));
    }

    /** Logging time as another operator is for those who manage capacity. */
    public static Optional<Rejection> mayLogFor(OperatorId operator, OperatorId caller, boolean managesCapacity) {
        if (managesCapacity || operator.equals(caller)) {
            return Optional.empty();
        }
        return Optional.of(Rejection.forbidden("time-entry.not-yours",
                "Only an owner or an admin logs time as another operator"));
    }
}
