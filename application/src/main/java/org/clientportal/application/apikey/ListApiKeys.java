package org.clientportal.application.apikey;

import java.util.List;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.operator.Permission;

public final class ListApiKeys {

    private final Transactions transactions;
    private final ApiKeyRepository keys;

    public ListApiKeys(Transactions transactions, ApiKeyRepository keys) {
        this.transactions = transactions;
        this.keys = keys;
    }

    public List<ApiKey> execute(Actor actor) {
        actor.require(Permission.MANAGE_API_KEYS);
        return transactions.inTenant(actor.tenantId(), () -> keys.list(actor.tenantId()));
    }
}
