package org.clientportal.domain.contact;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;

/**
 * A person at a client who may use the portal: the agency adds them and decides their rights.
 * Immutable: changes return a new version.
 */
public record Contact(ContactId id, TenantId tenantId, ClientId clientId, String name, EmailAddress email,
                      PortalRights rights, long version, Instant createdAt, Instant updatedAt) {

    public static final int NAME_MAX = 200;

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Contact create(ContactId id, TenantId tenantId, ClientId clientId, String name, EmailAddress email,
                                 PortalRights rights, Instant now) {
        return new Contact(id, tenantId, clientId, name, email, rights, 1, now, now);
    }

    /** Two contacts of one client never share an email: the portal link would not say whose it is. */
    public static AlreadyExists emailTaken(EmailAddress email) {
        return new AlreadyExists("contact.email-taken", "The client already has a contact with email " + email);
    }

    /** This contact with the given name, email and rights: the same object when nothing differs. */
    public Contact with(String newName, EmailAddress newEmail, PortalRights newRights, Instant now) {
        if (name.equals(newName) && email.equals(newEmail) && rights.equals(newRights)) {
            return this;
        }
        return new Contact(id, tenantId, clientId, newName, newEmail, newRights, version + 1, createdAt, now);
    }
}
