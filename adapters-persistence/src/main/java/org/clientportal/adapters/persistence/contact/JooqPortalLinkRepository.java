package org.clientportal.adapters.persistence.contact;

import static org.clientportal.adapters.persistence.generated.Tables.PORTAL_LINKS;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.shared.TenantId;

public final class JooqPortalLinkRepository implements PortalLinkRepository {

    @Override
    public void add(PortalLink link) {
        CurrentTransaction.dsl().insertInto(PORTAL_LINKS).set(ContactRows.toRecord(link)).execute();
    }

    /** Served by the unique index on the digest. */
    @Override
    public Optional<PortalLink> findByDigest(TenantId tenant, String secretDigest) {
        return CurrentTransaction.dsl().selectFrom(PORTAL_LINKS)
                .where(PORTAL_LINKS.TENANT_ID.eq(tenant.value()), PORTAL_LINKS.SECRET_DIGEST.eq(secretDigest))
                .fetchOptional(ContactRows::toLink);
    }

    /** One conditional update: the row lock makes a concurrent second use find used_at set and change nothing. */
    @Override
    public boolean use(TenantId tenant, UUID linkId, Instant at) {
        return CurrentTransaction.dsl().update(PORTAL_LINKS)
                .set(PORTAL_LINKS.USED_AT, at)
                .where(PORTAL_LINKS.TENANT_ID.eq(tenant.value()), PORTAL_LINKS.ID.eq(linkId),
                        PORTAL_LINKS.USED_AT.isNull(), PORTAL_LINKS.REVOKED_AT.isNull(), PORTAL_LINKS.EXPIRES_AT.gt(at))
                .execute() == 1;
    }

    @Override
    public int revokeOpenLinksOf(TenantId tenant, ContactId contact, Instant at) {
        return CurrentTransaction.dsl().update(PORTAL_LINKS)
                .set(PORTAL_LINKS.REVOKED_AT, at)
                .where(PORTAL_LINKS.TENANT_ID.eq(tenant.value()), PORTAL_LINKS.CONTACT_ID.eq(contact.value()),
                        PORTAL_LINKS.USED_AT.isNull(), PORTAL_LINKS.REVOKED_AT.isNull())
                .execute();
    }
}
