package org.clientportal.application.operator;

import java.util.List;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Permission;

public final class ListOperators {

    private final Transactions transactions;
    private final OperatorRepository operators;

    public ListOperators(Transactions transactions, OperatorRepository operators) {
        this.transactions = transactions;
        this.operators = operators;
    }

    public List<Operator> execute(Actor actor) {
        actor.require(Permission.READ);
        return transactions.inTenant(actor.tenantId(), () -> operators.list(actor.tenantId()));
    }
}
