package org.clientportal.domain.shared;

/** A policy's reasoned "no": a stable code and a sentence a person can act on. */
public record Rejection(String code, String reason) {

    public RuleViolated toError() {
        return new RuleViolated(this);
    }
}
