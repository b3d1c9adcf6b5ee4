package org.clientportal.application.audit;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of record the audit trail speaks of, by their wire names: what an event's
 * {@code entityType} may be, and so what the trail can be filtered by.
 */
public final class EntityTypes {

    public static final List<String> KNOWN = List.of("api-key", "ask", "attachment", "capacity-budget", "client",
            "comment", "contact", "document", "integration", "invoice", "operator", "project", "queue-item", "report",
            "task", "tenant", "time-entry", "update");

    private EntityTypes() {
    }

    /** One of the known types, in any case; anything else is refused naming the known ones. */
    public static String parse(String raw) {
        String type = raw.strip().toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(type)) {
            throw new IllegalArgumentException("must be one of " + String.join(", ", KNOWN));
        }
        return type;
    }
}
