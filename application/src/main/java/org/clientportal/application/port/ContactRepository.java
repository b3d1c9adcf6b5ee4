package org.clientportal.application.port;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.contact.ContactSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.TenantId;

/** A client's contacts. A removed contact is kept (what they wrote stays theirs) but no method finds it again. */
public interface ContactRepository {

    /** Throws {@link org.clientportal.domain.shared.AlreadyExists} when the client already has a contact with that email. */
    void add(Contact contact);

    Optional<Contact> find(TenantId tenant, ContactId id);

    /**
     * The contact a portal session holds, while the portal is theirs to use: not removed, and the
     * client not offboarded. Read by one statement that binds the session's portal scope itself:
     * run it as {@link Transactions#singleStatement}, never in a transaction.
     */
    Optional<Contact> findForPortalSession(PortalScope scope);

    /** The client's contacts in the requested order (ties by id), after the request's position. */
    Page<Contact> listOfClient(TenantId tenant, ClientId client, PageRequest<ContactSort> page);

    /**
     * Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version
     * moved on, {@link org.clientportal.domain.shared.AlreadyExists} when the new email is taken.
     */
    void update(Contact contact, long expectedVersion);

    void markRemoved(TenantId tenant, ContactId id, Instant at);
}
