package org.clientportal.application.shared;

import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A service the request needs (the session store, say) did not answer in time. */
public final class DependencyUnavailable extends DomainError {

    private static final long serialVersionUID = 1L;

    public DependencyUnavailable(String dependency, Throwable cause) {
        super(ErrorKind.UNAVAILABLE, "dependency-unavailable",
                "The " + dependency + " is not reachable right now; try again shortly",
                Map.of("dependency", dependency));
        initCause(cause);
    }
}
