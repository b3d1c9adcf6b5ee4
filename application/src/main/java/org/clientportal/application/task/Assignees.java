package org.clientportal.application.task;

import java.util.Optional;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;

/** A task is assigned to an operator of its agency, or to nobody. */
public final class Assignees {

    private final OperatorRepository operators;

    public Assignees(OperatorRepository operators) {
        this.operators = operators;
    }

    /** Another agency's operator is as unknown as none: the caller learns nothing about other agencies. */
    public void check(TenantId tenant, Optional<OperatorId> assignee) {
        assignee.filter(id -> operators.find(tenant, id).isEmpty()).ifPresent(id -> {
            throw notAnOperator();
        });
    }

    /** The refusal of an assignee who is no operator of the agency (or no longer one). */
    public static ValidationFailed notAnOperator() {
        return ValidationFailed.of("assigneeId", "is not an operator of this agency");
    }
}
