package org.clientportal.application.operator;

import java.util.Optional;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.tenant.Tenant;

public final class ShowMe {

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final OperatorRepository operators;

    public ShowMe(Transactions transactions, TenantRepository tenants, OperatorRepository operators) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.operators = operators;
    }

    public Me execute(Actor actor) {
        return transactions.inTenant(actor.tenantId(), () -> {
            Tenant tenant = tenants.find(actor.tenantId())
                    .orElseThrow(() -> new AuthenticationFailed("The agency no longer exists"));
            Optional<Operator> operator = actor.principal() instanceof Principal.Operator signedIn
                    ? operators.find(actor.tenantId(), signedIn.id())
                    : Optional.empty();
            return new Me(tenant, actor.principal(), operator);
        });
    }
}
