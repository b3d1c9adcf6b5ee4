package org.clientportal.application.fakes;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryPortalLinkRepository implements PortalLinkRepository {

    private final TransactionalMap<UUID, PortalLink> links;

    public InMemoryPortalLinkRepository(InMemoryTransactions transactions) {
        this.links = new TransactionalMap<>(transactions);
    }

    @Override
    public void add(PortalLink link) {
        links.put(link.id(), link);
    }

    @Override
    public Optional<PortalLink> findByDigest(TenantId tenant, String secretDigest) {
        return links.values().stream()
                .filter(l -> l.tenantId().equals(tenant) && l.secretDigest().equals(secretDigest))
                .findFirst();
    }

    @Override
    public synchronized boolean use(TenantId tenant, UUID linkId, Instant at) {
        Optional<PortalLink> usable = links.get(linkId)
                .filter(l -> l.tenantId().equals(tenant) && l.stateAt(at) == PortalLink.State.USABLE);
        usable.ifPresent(l -> links.put(linkId, l.used(at)));
        return usable.isPresent();
    }

    @Override
    public synchronized int revokeOpenLinksOf(TenantId tenant, ContactId contact, Instant at) {
        int revoked = 0;
        for (PortalLink l : links.values()) {
            if (l.tenantId().equals(tenant) && l.contactId().equals(contact) && l.usedAt().isEmpty()
                    && l.revokedAt().isEmpty()) {
                links.put(l.id(), l.revoked(at));
                revoked++;
            }
        }
        return revoked;
    }
}
