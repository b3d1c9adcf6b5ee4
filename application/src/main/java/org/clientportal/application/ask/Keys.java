package org.clientportal.application.ask;

import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.NotFound;

/** Keys in paths of the ask routes: a malformed one names nothing, so it is not found. */
final class Keys {

    private Keys() {
    }

    static TaskKey ofAsk(String raw) {
        return TaskKey.read(raw).orElseThrow(() -> new NotFound("ask", String.valueOf(raw)));
    }
}
