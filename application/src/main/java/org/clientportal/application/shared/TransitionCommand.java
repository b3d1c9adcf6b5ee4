package org.clientportal.application.shared;

import java.util.Optional;

/** A requested status change, with an optional reason kept in the audit trail. */
public record TransitionCommand(String to, String reason, Optional<Long> expectedVersion) {

    public static final int REASON_MAX = 1000;
}
