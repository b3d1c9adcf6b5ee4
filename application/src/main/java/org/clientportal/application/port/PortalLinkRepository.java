package org.clientportal.application.port;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.shared.TenantId;

public interface PortalLinkRepository {

    void add(PortalLink link);

    /** Looks a link up by the digest of its secret, through an index. */
    Optional<PortalLink> findByDigest(TenantId tenant, String secretDigest);

    /**
     * Marks the link used unless it already is, revoked, or expired at {@code at}; true when this
     * call used it. Of two concurrent calls on one link, only one gets true.
     */
    boolean use(TenantId tenant, UUID linkId, Instant at);

    /** Revokes every link of the contact that is neither used nor revoked yet; returns how many. */
    int revokeOpenLinksOf(TenantId tenant, ContactId contact, Instant at);
}
