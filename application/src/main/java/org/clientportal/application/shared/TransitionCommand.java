package org.clientportal.application.shared;

import java.util.Optional;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** A requested status change, with an optional reason kept in the audit trail. */
public record TransitionCommand(String to, String reason, Optional<Long> expectedVersion) {

    public static final int REASON_MAX = 1000;

    /** The target and reason, checked: an unknown status or an over-long reason is a validation error. */
    public record Checked<S extends Enum<S>>(S target, Optional<String> reason) {
    }

    public <S extends Enum<S>> Checked<S> check(Class<S> statuses) {
        Validation v = new Validation();
        S target = v.required("to", to, raw -> StatusNames.parse(statuses, raw));
        Optional<String> checkedReason = v.optionalMultiLineText("reason", reason, REASON_MAX);
        v.done();
        return new Checked<>(target, checkedReason);
    }
}
