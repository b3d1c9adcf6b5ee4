package org.clientportal.application.contact;

import java.util.List;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.Validation;

/** An operator adds a person at a client, with the rights they will have in the portal. */
public final class AddContact {

    private final Transactions transactions;
    private final ClientRepository clients;
    private final ContactRepository contacts;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public AddContact(Transactions transactions, ClientRepository clients, ContactRepository contacts,
                      AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.clients = clients;
        this.contacts = contacts;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Contact execute(Actor actor, AddContactCommand command) {
        actor.require(Permission.WRITE);
        ClientId clientId = ClientId.parse(command.clientId());
        Validation v = new Validation();
        String name = v.requiredText("name", command.name(), Contact.NAME_MAX);
        EmailAddress email = v.required("email", command.email(), EmailAddress::new);
        PortalRights rights = PortalRightNames.parse(v, "rights", command.rights() == null ? List.of() : command.rights());
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            clients.find(actor.tenantId(), clientId).orElseThrow(() -> new NotFound("client", command.clientId()));
            Contact contact = Contact.create(new ContactId(ids.next()), actor.tenantId(), clientId, name, email, rights,
                    clock.now());
            contacts.add(contact);
            audit.created(actor, "contact.added", "contact", contact.id(), Snapshots.of(contact));
            return contact;
        });
    }
}
