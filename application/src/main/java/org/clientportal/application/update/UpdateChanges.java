package org.clientportal.application.update;

import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial update of an update: its body, its visibility, or both. */
public record UpdateChanges(Change<String> body, Change<String> visibility, Optional<Long> expectedVersion) {
}
