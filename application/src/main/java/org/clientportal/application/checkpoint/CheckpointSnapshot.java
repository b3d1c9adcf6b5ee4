package org.clientportal.application.checkpoint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.shared.Lifecycle;

/** A checkpoint as the audit keeps it, on its project. */
final class CheckpointSnapshot {

    private CheckpointSnapshot() {
    }

    static Map<String, Object> of(Checkpoint c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkpointId", c.id().toString());
        m.put("title", c.title());
        m.put("every", Lifecycle.wireName(c.cadence().every()));
        m.put("on", c.cadence().weekday().map(d -> d.name().toLowerCase(Locale.ROOT))
                .orElseGet(() -> String.valueOf(c.cadence().dayOfMonth().orElseThrow())));
        m.put("visibility", Lifecycle.wireName(c.visibility()));
        m.put("nextOn", c.nextOn().toString());
        return m;
    }
}
