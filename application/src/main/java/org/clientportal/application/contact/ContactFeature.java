package org.clientportal.application.contact;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.Transactions;

/** A client's contacts: add, list, show, change, remove. */
public record ContactFeature(AddContact addContact, ListContacts listContacts, GetContact getContact,
                             ChangeContact changeContact, RemoveContact removeContact) {

    public static ContactFeature wire(Transactions transactions, ClientRepository clients, ContactRepository contacts,
                                      PortalLinkRepository links, SessionStore sessions, AuditRecorder audit,
                                      IdSource ids, Clock clock) {
        return new ContactFeature(
                new AddContact(transactions, clients, contacts, audit, ids, clock),
                new ListContacts(transactions, clients, contacts),
                new GetContact(transactions, contacts),
                new ChangeContact(transactions, contacts, audit, clock),
                new RemoveContact(transactions, contacts, links, sessions, audit, clock));
    }
}
