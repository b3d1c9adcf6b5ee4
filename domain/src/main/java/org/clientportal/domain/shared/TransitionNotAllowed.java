package org.clientportal.domain.shared;

import java.util.List;
import java.util.Map;

/** A state machine has no edge from the current status to the requested one. */
public final class TransitionNotAllowed extends DomainError {

    private static final long serialVersionUID = 1L;

    private final String current;
    private final transient List<String> allowed;

    public TransitionNotAllowed(String machine, String current, String requested, List<String> allowed) {
        super(ErrorKind.CONFLICT, machine + ".transition-not-allowed",
                "Cannot move a " + machine + " from " + current + " to " + requested
                        + (allowed.isEmpty() ? "; " + current + " is final" : "; allowed: " + String.join(", ", allowed)),
                Map.of("current", current, "requested", requested, "allowed", List.copyOf(allowed)));
        this.current = current;
        this.allowed = List.copyOf(allowed);
    }

    public String current() {
        return current;
    }

    public List<String> allowed() {
        return allowed;
    }
}
