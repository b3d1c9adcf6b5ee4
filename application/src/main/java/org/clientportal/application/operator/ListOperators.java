package org.clientportal.application.operator;

import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Permission;

/** Lists the agency's operators, by name unless sorted otherwise. */
public final class ListOperators {

    public static final Listing<OperatorSort> LISTING =
            new Listing<>("operators", OperatorSort.class, Sort.ascending(OperatorSort.NAME));

    /** The operator list takes no filters. */
    public static final String NO_FILTERS = "";

    private final Transactions transactions;
    private final OperatorRepository operators;

    public ListOperators(Transactions transactions, OperatorRepository operators) {
        this.transactions = transactions;
        this.operators = operators;
    }

    public Page<Operator> execute(Actor actor, PageInput pageInput) {
        actor.require(Permission.READ);
        PageRequest<OperatorSort> page = LISTING.request(pageInput, actor.tenantId(), NO_FILTERS);
        return transactions.inTenant(actor.tenantId(), () -> operators.list(actor.tenantId(), page));
    }
}
