package org.clientportal.application.docs;

import java.util.Optional;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.Ids;
import org.clientportal.domain.shared.TenantId;

/**
 * Which of the agency's clients a Klevar Docs client reference names: a client's task key prefix
 * ({@code ACME}, in any case) or its id. Anything else names none, and the record stays unmatched.
 */
final class ClientReferences {

    private final ClientRepository clients;

    ClientReferences(ClientRepository clients) {
        this.clients = clients;
    }

    Optional<ClientId> resolve(TenantId tenant, String reference) {
        Optional<Client> byId = Ids.tryParse(reference).flatMap(id -> clients.find(tenant, new ClientId(id)));
        if (byId.isPresent()) {
            return byId.map(Client::id);
        }
        try {
            return clients.findByTaskKeyPrefix(tenant, new TaskKeyPrefix(reference.strip())).map(Client::id);
        } catch (IllegalArgumentException notAPrefix) {
            return Optional.empty();
        }
    }
}
