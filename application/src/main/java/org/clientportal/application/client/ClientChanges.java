package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * A partial update of a client's profile and task key prefix; fields left out keep their value,
 * null clears an optional one. The prefix cannot be cleared: every client has one.
 */
public record ClientChanges(Change<String> name, Change<String> email, Change<String> company,
                            Change<String> phone, Change<String> taskKeyPrefix, Optional<Long> expectedVersion) {

    /** The fields after applying these changes, checked as a whole. */
    ClientInput.Checked applyTo(Client current) {
        ClientInput.Checked checked = new ClientInput(
                name.or(current.profile().name()),
                email.or(current.profile().email().map(Object::toString).orElse(null)),
                company.or(current.profile().company().orElse(null)),
                phone.or(current.profile().phone().orElse(null)),
                taskKeyPrefix.or(current.taskKeyPrefix().value())).check();
        if (checked.taskKeyPrefix().isEmpty()) {
            throw ValidationFailed.of("taskKeyPrefix", "is required: every client has one");
        }
        return checked;
    }
}
