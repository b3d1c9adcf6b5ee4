package org.clientportal.application.operator;

import java.util.Optional;
import org.clientportal.application.shared.Change;

/** A partial update of an operator: a new role, a new name, or both. */
public record OperatorChanges(Change<String> role, Change<String> name, Optional<Long> expectedVersion) {
}
