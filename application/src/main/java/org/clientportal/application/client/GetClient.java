package org.clientportal.application.client;

import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

public final class GetClient {

    private final Transactions transactions;
    private final ClientRepository clients;

    public GetClient(Transactions transactions, ClientRepository clients) {
        this.transactions = transactions;
        this.clients = clients;
    }

    public Client execute(Actor actor, String clientId) {
        actor.require(Permission.READ);
        ClientId id = ClientId.parse(clientId);
        return transactions.inTenant(actor.tenantId(),
                () -> clients.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("client", clientId)));
    }
}
