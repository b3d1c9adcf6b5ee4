package org.clientportal.application.ask;

import java.util.Optional;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;

/** Keys in paths of the ask routes: a malformed one names nothing, so it is not found. */
final class Keys {

    private Keys() {
    }

    static Optional<TaskKey> parse(String raw) {
        try {
            return Optional.of(new TaskKey(raw));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static TaskKey ofAsk(String raw) {
        return parse(raw).orElseThrow(() -> new NotFound("ask", String.valueOf(raw)));
    }
}
