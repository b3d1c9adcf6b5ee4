package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.TenantId;

public interface ClientRepository {

    /**
     * Throws {@link org.clientportal.domain.shared.AlreadyExists} (client.task-key-prefix-taken) when
     * another client of the tenant has the task key prefix, storing nothing and leaving the
     * transaction usable, so that the caller can try another prefix in it.
     */
    void add(Client client);

    Optional<Client> find(TenantId tenant, ClientId id);

    /**
     * Finds and row-locks the client until the transaction ends, so that rules spanning the client
     * and its projects are checked against a state nobody else is changing.
     */
    Optional<Client> lock(TenantId tenant, ClientId id);

    /** The client whose tasks' keys begin with this prefix, if the agency has one. */
    Optional<Client> findByTaskKeyPrefix(TenantId tenant, TaskKeyPrefix prefix);

    /**
     * Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on,
     * and {@link org.clientportal.domain.shared.AlreadyExists} (client.task-key-prefix-taken) when another
     * client of the tenant has the task key prefix.
     */
    void update(Client client, long expectedVersion);

    /**
     * The clients matching the filters, in the requested order (ties by id in the same direction),
     * after the request's position.
     */
    Page<Client> search(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page);
}
