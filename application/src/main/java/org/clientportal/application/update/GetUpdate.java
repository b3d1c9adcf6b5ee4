package org.clientportal.application.update;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

public final class GetUpdate {

    private final Transactions transactions;
    private final UpdateRepository updates;

    public GetUpdate(Transactions transactions, UpdateRepository updates) {
        this.transactions = transactions;
        this.updates = updates;
    }

    public ProjectUpdate execute(Actor actor, String updateId) {
        actor.require(Permission.READ);
        UpdateId id = UpdateId.parse(updateId);
        return transactions.inTenant(actor.tenantId(),
                () -> updates.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("update", updateId)));
    }
}
