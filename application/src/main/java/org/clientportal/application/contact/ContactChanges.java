package org.clientportal.application.contact;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial update of a contact: any of name, email and rights. */
public record ContactChanges(Change<String> name, Change<String> email, Change<List<String>> rights,
                             Optional<Long> expectedVersion) {
}
