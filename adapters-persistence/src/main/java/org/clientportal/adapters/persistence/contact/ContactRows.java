package org.clientportal.adapters.persistence.contact;

import java.util.Arrays;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ContactsRecord;
import org.clientportal.adapters.persistence.generated.tables.records.PortalLinksRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between contacts and portal_links rows and the domain's records. */
final class ContactRows {

    private ContactRows() {
    }

    static ContactsRecord toRecord(Contact contact) {
        ContactsRecord record = new ContactsRecord();
        record.setTenantId(contact.tenantId().value());
        record.setId(contact.id().value());
        record.setClientId(contact.clientId().value());
        record.setName(contact.name());
        record.setEmail(contact.email().value());
        record.setRights(contact.rights().ordered().stream().map(Lifecycle::wireName).toArray(String[]::new));
        record.setVersion(contact.version());
        record.setCreatedAt(contact.createdAt());
        record.setUpdatedAt(contact.updatedAt());
        return record;
    }

    static Contact toContact(ContactsRecord record) {
        return new Contact(new ContactId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()), record.getName(), new EmailAddress(record.getEmail()),
                PortalRights.of(Arrays.stream(record.getRights()).map(r -> StatusNames.parse(PortalRight.class, r))
                        .toList()),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }

    static PortalLinksRecord toRecord(PortalLink link) {
        PortalLinksRecord record = new PortalLinksRecord();
        record.setTenantId(link.tenantId().value());
        record.setId(link.id());
        record.setContactId(link.contactId().value());
        record.setSecretDigest(link.secretDigest());
        record.setIssuedBy(link.issuedBy());
        record.setIssuedAt(link.issuedAt());
        record.setExpiresAt(link.expiresAt());
        record.setUsedAt(link.usedAt().orElse(null));
        record.setRevokedAt(link.revokedAt().orElse(null));
        return record;
    }

    static PortalLink toLink(PortalLinksRecord record) {
        return new PortalLink(record.getId(), new TenantId(record.getTenantId()), new ContactId(record.getContactId()),
                record.getSecretDigest(), record.getIssuedBy(), record.getIssuedAt(), record.getExpiresAt(),
                Optional.ofNullable(record.getUsedAt()), Optional.ofNullable(record.getRevokedAt()));
    }
}
