package org.clientportal.adapters.persistence.contact;

import static org.clientportal.adapters.persistence.generated.Tables.CONTACTS;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ContactsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.contact.ContactSort;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.shared.TenantId;
import org.jooq.exception.DataAccessException;

public final class JooqContactRepository implements ContactRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Written out rather than built, as API-key authentication's: it runs on every portal request. */
    private static final String SESSION_HOLDER = "select * from portal.contact_of_portal_session(?, ?, ?)";

    /** ON CONFLICT rather than a caught unique violation, which would abort the whole transaction. */
    @Override
    public void add(Contact contact) {
        int inserted = CurrentTransaction.dsl().insertInto(CONTACTS).set(ContactRows.toRecord(contact))
                .onConflict(CONTACTS.TENANT_ID, CONTACTS.CLIENT_ID, CONTACTS.EMAIL).where(CONTACTS.REMOVED_AT.isNull())
                .doNothing()
                .execute();
        if (inserted == 0) {
            throw Contact.emailTaken(contact.email());
        }
    }

    @Override
    public Optional<Contact> find(TenantId tenant, ContactId id) {
        return CurrentTransaction.dsl().selectFrom(CONTACTS)
                .where(CONTACTS.TENANT_ID.eq(tenant.value()), CONTACTS.ID.eq(id.value()), CONTACTS.REMOVED_AT.isNull())
                .fetchOptional(ContactRows::toContact);
    }

    /** One call of portal.contact_of_portal_session (V25). */
    @Override
    public Optional<Contact> findForPortalSession(PortalScope scope) {
        return CurrentTransaction.dsl().resultQuery(SESSION_HOLDER, scope.tenantId().value(), scope.clientId().value(),
                        scope.contactId().value())
                .coerce(CONTACTS).fetchOptional(ContactRows::toContact);
    }

    /** A client has few contacts: they are found by the client's index and sorted, no order index. */
    @Override
    public Page<Contact> listOfClient(TenantId tenant, ClientId client, PageRequest<ContactSort> page) {
        SortColumn<ContactsRecord, ?> column = switch (page.sort().field()) {
            case NAME -> SortColumn.text(CONTACTS.NAME);
            case CREATED_AT -> SortColumn.time(CONTACTS.CREATED_AT);
        };
        Keyset<ContactsRecord> keyset = new Keyset<>(column, CONTACTS.ID, page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(CONTACTS)
                .where(CONTACTS.TENANT_ID.eq(tenant.value()), CONTACTS.CLIENT_ID.eq(client.value()),
                        CONTACTS.REMOVED_AT.isNull())).fetch()).map(ContactRows::toContact);
    }

    /**
     * A new email that another contact of the client holds fails the statement; the use case's
     * transaction is lost with it, which is what a refused change needs anyway.
     */
    @Override
    public void update(Contact contact, long expectedVersion) {
        try {
            VersionedUpdate.write(ContactRows.toRecord(contact), CONTACTS.TENANT_ID, CONTACTS.ID, CONTACTS.VERSION,
                    expectedVersion, "contact");
        } catch (DataAccessException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw Contact.emailTaken(contact.email());
            }
            throw e;
        }
    }

    @Override
    public void markRemoved(TenantId tenant, ContactId id, Instant at) {
        CurrentTransaction.dsl().update(CONTACTS)
                .set(CONTACTS.REMOVED_AT, at)
                .where(CONTACTS.TENANT_ID.eq(tenant.value()), CONTACTS.ID.eq(id.value()), CONTACTS.REMOVED_AT.isNull())
                .execute();
    }
}
