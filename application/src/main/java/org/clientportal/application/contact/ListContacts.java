package org.clientportal.application.contact;

import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** Lists one client's contacts, by name unless sorted otherwise. */
public final class ListContacts {

    public static final Listing<ContactSort> LISTING =
            new Listing<>("contacts", ContactSort.class, Sort.ascending(ContactSort.NAME));

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ContactRepository contacts;

    public ListContacts(Transactions transactions, ClientRepository clients, ContactRepository contacts) {
        this.transactions = transactions;
        this.clients = clients;
        this.contacts = contacts;
    }

    public Page<Contact> execute(Actor actor, String clientId, PageInput pageInput) {
        actor.require(Permission.READ);
        ClientId client = ClientId.parse(clientId);
        // The client is the list's only filter: a cursor of one client's list is refused on another's.
        PageRequest<ContactSort> page = LISTING.request(pageInput, actor.tenantId(), "clientId=" + client);
        return transactions.inTenant(actor.tenantId(), () -> {
            clients.find(actor.tenantId(), client).orElseThrow(() -> new NotFound("client", clientId));
            return contacts.listOfClient(actor.tenantId(), client, page);
        });
    }
}
