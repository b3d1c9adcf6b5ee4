package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.contact.ContactSort;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryContactRepository implements ContactRepository {

    /** A stored contact; a removed one stays, out of every answer. */
    private record Row(Contact contact, Optional<Instant> removedAt) {

        boolean isLive() {
            return removedAt.isEmpty();
        }
    }

    private final TransactionalMap<ContactId, Row> rows;
    private final InMemoryClientRepository clients;

    public InMemoryContactRepository(InMemoryTransactions transactions, InMemoryClientRepository clients) {
        this.rows = new TransactionalMap<>(transactions);
        this.clients = clients;
    }

    @Override
    public synchronized void add(Contact contact) {
        requireEmailFree(contact);
        rows.put(contact.id(), new Row(contact, Optional.empty()));
    }

    @Override
    public Optional<Contact> find(TenantId tenant, ContactId id) {
        return rows.get(id).filter(Row::isLive).map(Row::contact).filter(c -> c.tenantId().equals(tenant));
    }

    @Override
    public Optional<Contact> findForPortalSession(PortalScope scope) {
        return find(scope.tenantId(), scope.contactId())
                .filter(c -> c.clientId().equals(scope.clientId()))
                .filter(c -> clients.find(scope.tenantId(), c.clientId())
                        .filter(client -> client.status() != ClientStatus.OFFBOARDED).isPresent());
    }

    @Override
    public Page<Contact> listOfClient(TenantId tenant, ClientId client, PageRequest<ContactSort> page) {
        return Keyset.page(rows.values().stream().filter(Row::isLive).map(Row::contact).toList(),
                c -> c.tenantId().equals(tenant) && c.clientId().equals(client), page,
                c -> sortValue(c, page.sort().field()), c -> c.id().value());
    }

    private static SortValue sortValue(Contact contact, ContactSort field) {
        return switch (field) {
            case NAME -> new SortValue.Text(contact.name());
            case CREATED_AT -> new SortValue.Time(contact.createdAt());
        };
    }

    @Override
    public synchronized void update(Contact contact, long expectedVersion) {
        Contact stored = find(contact.tenantId(), contact.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("contact", contact.id().toString());
        }
        requireEmailFree(contact);
        rows.put(contact.id(), new Row(contact, Optional.empty()));
    }

    @Override
    public synchronized void markRemoved(TenantId tenant, ContactId id, Instant at) {
        find(tenant, id).ifPresent(contact -> rows.put(id, new Row(contact, Optional.of(at))));
    }

    private void requireEmailFree(Contact contact) {
        boolean taken = rows.values().stream().filter(Row::isLive).map(Row::contact)
                .anyMatch(other -> !other.id().equals(contact.id()) && other.tenantId().equals(contact.tenantId())
                        && other.clientId().equals(contact.clientId()) && other.email().equals(contact.email()));
        if (taken) {
            throw Contact.emailTaken(contact.email());
        }
    }
}
