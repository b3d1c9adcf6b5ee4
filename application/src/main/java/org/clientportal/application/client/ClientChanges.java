package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.application.shared.Change;
import org.clientportal.domain.client.ClientProfile;

/** A partial update of a client's profile; fields left out keep their value, null clears an optional one. */
public record ClientChanges(Change<String> name, Change<String> email, Change<String> company,
                            Change<String> phone, Optional<Long> expectedVersion) {

    /** The profile after applying these changes, checked as a whole. */
    ClientProfile applyTo(ClientProfile current) {
        return new ClientInput(
                name.present() ? name.value() : current.name(),
                email.present() ? email.value() : current.email().map(Object::toString).orElse(null),
                company.present() ? company.value() : current.company().orElse(null),
                phone.present() ? phone.value() : current.phone().orElse(null)).toProfile();
    }
}
