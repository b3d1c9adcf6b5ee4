package org.clientportal.application.contact;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.Validation;

/**
 * An operator renames a contact, changes their email or their portal rights. New rights apply to
 * the contact's next request: the portal reads them afresh every time.
 */
public final class ChangeContact {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final AuditRecorder audit;
    private final Clock clock;

    public ChangeContact(Transactions transactions, ContactRepository contacts, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    public Contact execute(Actor actor, String contactId, ContactChanges changes) {
        actor.require(Permission.WRITE);
        ContactId id = ContactId.parse(contactId);
        Validation v = new Validation();
        String name = changes.name().present() ? v.requiredText("name", changes.name().value(), Contact.NAME_MAX) : null;
        EmailAddress email = changes.email().present() ? v.required("email", changes.email().value(), EmailAddress::new)
                : null;
        PortalRights rights = null;
        if (changes.rights().present()) {
            if (changes.rights().value() == null) {
                v.add("rights", "must be a list of rights (view, request, upload, approve); [] leaves view only");
            } else {
                rights = PortalRightNames.parse(v, "rights", changes.rights().value());
            }
        }
        v.done();
        String newName = name;
        EmailAddress newEmail = email;
        PortalRights newRights = rights;
        return transactions.inTenant(actor.tenantId(), () -> {
            Contact before = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            StaleVersion.check("contact", changes.expectedVersion(), before.version());
            Contact after = before.with(newName == null ? before.name() : newName,
                    newEmail == null ? before.email() : newEmail,
                    newRights == null ? before.rights() : newRights, clock.now());
            if (after == before) {
                return before;
            }
            contacts.update(after, before.version());
            audit.changed(actor, "contact.changed", "contact", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
