package org.clientportal.application.shared;

import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.TenantId;

/**
 * What a portal transaction is bound to: the tenant, the client and the contact. The database
 * then admits only that client's client-visible rows, whatever a query forgets to filter.
 */
public record PortalScope(TenantId tenantId, ClientId clientId, ContactId contactId) {

    public PortalScope {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(contactId, "contactId");
    }

    public static PortalScope of(TenantId tenant, Principal.Contact contact) {
        return new PortalScope(tenant, contact.clientId(), contact.id());
    }
}
