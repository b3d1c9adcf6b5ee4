package org.clientportal.application.contact;

import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

public final class GetContact {

    private final Transactions transactions;
    private final ContactRepository contacts;

    public GetContact(Transactions transactions, ContactRepository contacts) {
        this.transactions = transactions;
        this.contacts = contacts;
    }

    public Contact execute(Actor actor, String contactId) {
        actor.require(Permission.READ);
        ContactId id = ContactId.parse(contactId);
        return transactions.inTenant(actor.tenantId(),
                () -> contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId)));
    }
}
