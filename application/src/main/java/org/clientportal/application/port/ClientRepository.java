package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

public interface ClientRepository {

    void add(Client client);

    Optional<Client> find(TenantId tenant, ClientId id);

    /**
     * Finds and row-locks the client until the transaction ends, so that rules spanning the client
     * and its projects are checked against a state nobody else is changing.
     */
    Optional<Client> lock(TenantId tenant, ClientId id);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(Client client, long expectedVersion);

    /** Newest first. */
    Page<Client> search(TenantId tenant, ClientSearch search, PageRequest page);
}
