package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.operator.Permission;

/** An operator records a new client; it starts as a lead. */
public final class CreateClient {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public CreateClient(Transactions transactions, ClientRepository clients, AuditRecorder audit, IdSource ids,
                        Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Client execute(Actor actor, ClientInput input) {
        actor.require(Permission.WRITE);
        ClientProfile profile = input.toProfile();
        return transactions.inTenant(actor.tenantId(), () -> {
            Client client = Client.create(new ClientId(ids.next()), actor.tenantId(), profile, ClientSource.MANUAL,
                    Optional.empty(), clock.now());
            clients.add(client);
            audit.created(actor, "client.created", "client", client.id(), Snapshots.of(client));
            return client;
        });
    }
}
