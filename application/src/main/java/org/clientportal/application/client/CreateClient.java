package org.clientportal.application.client;

import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.operator.Permission;

/** An operator records a new client; it starts as a lead. */
public final class CreateClient {

    private final Transactions transactions;
    private final TaskKeyPrefixes prefixes;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public CreateClient(Transactions transactions, TaskKeyPrefixes prefixes, AuditRecorder audit, IdSource ids,
                        Clock clock) {
        this.transactions = transactions;
        this.prefixes = prefixes;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Client execute(Actor actor, ClientInput input) {
        actor.require(Permission.WRITE);
        ClientInput.Checked checked = input.check();
        return transactions.inTenant(actor.tenantId(), () -> {
            ClientId id = new ClientId(ids.next());
            Client client = prefixes.addNew(checked.profile().name(), checked.taskKeyPrefix(), prefix -> Client.create(
                    id, actor.tenantId(), checked.profile(), prefix, ClientSource.MANUAL, Optional.empty(), clock.now()));
            audit.created(actor, "client.created", "client", client.id(), Snapshots.of(client));
            return client;
        });
    }
}
