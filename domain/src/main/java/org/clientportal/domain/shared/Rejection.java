package org.clientportal.domain.shared;

import java.util.Objects;

/**
 * A policy's reasoned "no": a stable code, a sentence a person can act on, and its kind — a
 * conflict with the current state of things, or a refusal of the caller's authority.
 */
public record Rejection(String code, String reason, ErrorKind kind) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(kind, "kind");
    }

    /** The state of things does not allow it now (a 409 over HTTP). */
    public Rejection(String code, String reason) {
        this(code, reason, ErrorKind.CONFLICT);
    }

    /** The caller may never do this, whatever the state (a 403 over HTTP). */
    public static Rejection forbidden(String code, String reason) {
        return new Rejection(code, reason, ErrorKind.FORBIDDEN);
    }

    public RuleViolated toError() {
        return new RuleViolated(this);
    }
}
