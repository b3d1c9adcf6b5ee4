package org.clientportal.domain.shared;

import java.util.Map;

/** The caller based its change on a version that is no longer current (If-Match). */
public final class StaleVersion extends DomainError {

    private static final long serialVersionUID = 1L;

    public StaleVersion(String entity, long expected, long actual) {
        super(ErrorKind.PRECONDITION_FAILED, "stale-version",
                "The " + entity + " is at version " + actual + ", not " + expected,
                Map.of("expectedVersion", expected, "currentVersion", actual));
    }

    public static void check(String entity, java.util.Optional<Long> expected, long actual) {
        expected.filter(e -> e != actual).ifPresent(e -> {
            throw new StaleVersion(entity, e, actual);
        });
    }
}
