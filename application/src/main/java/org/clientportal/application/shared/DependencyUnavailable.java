package org.clientportal.application.shared;

import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A service the request needs (the session store, say) did not answer in time. */
public final class DependencyUnavailable extends DomainError {

    private static final long serialVersionUID = 1L;

    public DependencyUnavailable(String dependency, Throwable cause) {
        this(dependency, "The " + dependency + " is not reachable right now; try again shortly", cause);
    }

    /** With a detail of its own, e.g. that the dependency answered too slowly. */
    public DependencyUnavailable(String dependency, String detail, Throwable cause) {
        super(ErrorKind.UNAVAILABLE, "dependency-unavailable", detail, Map.of("dependency", dependency));
        initCause(cause);
    }
}
