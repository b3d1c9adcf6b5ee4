package org.clientportal.application.capacity;

import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial update of a time entry: any of its minutes, day, note and billing; only the note can be cleared. */
public record TimeEntryChanges(Change<Long> minutes, Change<String> date, Change<String> note,
                               Change<Boolean> billable, Optional<Long> expectedVersion) {
}
