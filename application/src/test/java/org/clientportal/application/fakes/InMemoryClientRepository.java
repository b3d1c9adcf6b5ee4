package org.clientportal.application.fakes;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.client.ClientSearch;
import org.clientportal.application.client.ClientSort;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryClientRepository implements ClientRepository {

    private int refusedForTheirPrefix;

    private final TransactionalMap<ClientId, Client> clients;

    public InMemoryClientRepository(InMemoryTransactions transactions) {
        this.clients = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized void add(Client client) {
        try {
            refuseTakenPrefix(client);
        } catch (AlreadyExists taken) {
            refusedForTheirPrefix++;
            throw taken;
        }
        clients.put(client.id(), client);
    }

    /** How many clients were refused for a taken task key prefix: the tries it took to find free ones. */
    public synchronized int refusedForTheirPrefix() {
        return refusedForTheirPrefix;
    }

    @Override
    public Optional<Client> find(TenantId tenant, ClientId id) {
        return clients.get(id).filter(c -> c.tenantId().equals(tenant));
    }

    @Override
    public Optional<Client> findByTaskKeyPrefix(TenantId tenant, TaskKeyPrefix prefix) {
        return clients.values().stream().filter(c -> c.tenantId().equals(tenant) && c.taskKeyPrefix().equals(prefix))
                .findFirst();
    }

    @Override
    public Optional<Client> lock(TenantId tenant, ClientId id) {
        return find(tenant, id);
    }

    @Override
    public synchronized void update(Client client, long expectedVersion) {
        Client stored = find(client.tenantId(), client.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("client", client.id().toString());
        }
        refuseTakenPrefix(client);
        clients.put(client.id(), client);
    }

    /** What the unique index on (tenant, prefix) does, the client's own row aside. */
    private void refuseTakenPrefix(Client client) {
        if (clients.values().stream().anyMatch(c -> c.tenantId().equals(client.tenantId())
                && c.taskKeyPrefix().equals(client.taskKeyPrefix()) && !c.id().equals(client.id()))) {
            throw client.taskKeyPrefix().taken();
        }
    }

    @Override
    public Page<Client> search(TenantId tenant, ClientSearch search, PageRequest<ClientSort> page) {
        return Keyset.page(clients.values(),
                c -> c.tenantId().equals(tenant)
                        && search.admits(c.status())
                        && search.text().map(t -> matches(c, t)).orElse(true),
                page, c -> sortValue(c, page.sort().field()), c -> c.id().value());
    }

    private static SortValue sortValue(Client client, ClientSort field) {
        return switch (field) {
            case NAME -> new SortValue.Text(client.profile().name());
            case CREATED_AT -> new SortValue.Time(client.createdAt());
            case UPDATED_AT -> new SortValue.Time(client.updatedAt());
        };
    }

    /** Every client of every tenant, for assertions. */
    public java.util.List<Client> all() {
        return clients.values();
    }

    /** Every word of the text starts a word of the name, the company or the email (its parts words too). */
    private static boolean matches(Client client, String text) {
        List<String> words = FoldedWords.of(client.profile().name() + " " + client.profile().company().orElse("")
                + " " + client.profile().email().map(e -> e.value()).orElse(""));
        List<String> wanted = FoldedWords.of(text);
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> FoldedWords.anyStartsWith(words, w));
    }
}
