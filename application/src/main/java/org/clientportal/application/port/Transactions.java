package org.clientportal.application.port;

import java.util.function.Supplier;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** The transaction boundary. Everything one use case writes commits together or not at all. */
public interface Transactions {

    /** Runs the work in one transaction on the agency's side: it can see and change the given tenant's rows only. */
    <T> T inTenant(TenantId tenant, Supplier<T> work);

    /**
     * Runs the work in one transaction for a client's contact: it sees only what the scope's client
     * may see of the tenant's rows (the portal audience), and nothing of the agency's own records.
     */
    <T> T inPortal(PortalScope scope, Supplier<T> work);

    /**
     * Runs read-only work as every contact of the client sees the tenant's rows: the portal audience,
     * bound to the client and to no contact, so the database admits only that client's client-visible
     * rows. Inside an open agency transaction of the same tenant it narrows that transaction to the
     * client's view for the work, and widens it again after: what an operator writes from what the
     * client may see commits together with the rest of the request.
     */
    <T> T inClientView(TenantId tenant, ClientId client, Supplier<T> work);

    /**
     * Runs the work in one transaction bound to no tenant: it sees no tenant's rows. Only for the
     * narrow lookups that find a tenant before one is known (a slug at login or intake).
     */
    <T> T outsideTenant(Supplier<T> work);

    /**
     * Runs work made of a single statement that binds its own tenant, with no transaction around
     * it: the cheapest read there is, one round trip. Only for the lookups made on every authenticated
     * request (an API key, a session's holder); never with a transaction open.
     */
    <T> T singleStatement(Supplier<T> work);

    /** The transaction that fits the caller: the portal's for a contact, the agency's for everyone else. */
    default <T> T forActor(Actor actor, Supplier<T> work) {
        if (actor.principal() instanceof Principal.Contact contact) {
            return inPortal(PortalScope.of(actor.tenantId(), contact), work);
        }
        return inTenant(actor.tenantId(), work);
    }
}
