package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.contact.ContactSort;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/** Contacts and their portal links. */
public abstract class ContactRepositoryContract extends StorageContract {

    protected Contact contact(TenantId tenant, ClientId client, String name, int minute) {
        Contact contact = Contact.create(new ContactId(newId()), tenant, client, name,
                new EmailAddress(name.toLowerCase().replace(' ', '.') + "@client.test"),
                PortalRights.of(List.of(PortalRight.REQUEST, PortalRight.UPLOAD)), at(minute));
        inTenant(tenant, () -> ports.contacts().add(contact));
        return contact;
    }

    private Page<Contact> list(TenantId tenant, ClientId client, Sort<ContactSort> sort, int limit,
                               Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.contacts().listOfClient(tenant, client, page(tenant, sort, limit, cursor)));
    }

    private Optional<Contact> forPortalSession(PortalScope scope) {
        return ports.transactions().singleStatement(() -> ports.contacts().findForPortalSession(scope));
    }

    private PortalLink link(TenantId tenant, Contact contact, String digest) {
        PortalLink link = PortalLink.issue(newId(), tenant, contact.id(), digest, "operator:someone", at(0), at(60));
        inTenant(tenant, () -> ports.portalLinks().add(link));
        return link;
    }

    @Test
    void anAddedContact_isFoundWithEveryField() {
        TenantId tenant = newTenant();
        Contact ada = contact(tenant, newClient(tenant), "Ada Buyer", 0);

        assertThat(inTenant(tenant, () -> ports.contacts().find(tenant, ada.id()))).contains(ada);
    }

    @Test
    void oneClientsContacts_haveDistinctEmails_otherClientsMayShareOne() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);
        Contact twin = Contact.create(new ContactId(newId()), tenant, acme, "Other Ada", ada.email(),
                PortalRights.viewOnly(), at(1));

        thrownBy(AlreadyExists.class, () -> inTenant(tenant, () -> ports.contacts().add(twin)));
        contact(tenant, newClient(tenant), "Ada", 2);
    }

    @Test
    void anUpdate_isWrittenAtTheExpectedVersionOnly_andMayNotTakeAColleaguesEmail() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);
        Contact bo = contact(tenant, acme, "Bo", 1);
        Contact renamed = ada.with("Ada Lovelace", ada.email(), PortalRights.viewOnly(), at(5));

        inTenant(tenant, () -> ports.contacts().update(renamed, ada.version()));

        assertThat(inTenant(tenant, () -> ports.contacts().find(tenant, ada.id()))).contains(renamed);
        thrownBy(ConcurrentModification.class, () -> inTenant(tenant, () -> ports.contacts().update(
                renamed.with("Late", ada.email(), PortalRights.viewOnly(), at(6)), ada.version())));
        thrownBy(AlreadyExists.class, () -> inTenant(tenant, () -> ports.contacts().update(
                renamed.with("Ada", bo.email(), PortalRights.viewOnly(), at(7)), renamed.version())));
    }

    @Test
    void aRemovedContact_isFoundNoMore_listedNoMore_andFreesTheirEmail() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);

        inTenant(tenant, () -> ports.contacts().markRemoved(tenant, ada.id(), at(5)));

        assertThat(inTenant(tenant, () -> ports.contacts().find(tenant, ada.id()))).isEmpty();
        assertThat(list(tenant, acme, Sort.ascending(ContactSort.NAME), 10, Optional.empty()).items()).isEmpty();
        contact(tenant, acme, "Ada", 6);
    }

    @Test
    void aPortalSessionsContact_isFoundInItsOwnScope_whileNotRemoved() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        ClientId other = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);

        assertThat(forPortalSession(new PortalScope(tenant, acme, ada.id()))).contains(ada);
        assertThat(forPortalSession(new PortalScope(tenant, other, ada.id()))).isEmpty();
        assertThat(forPortalSession(new PortalScope(newTenant(), acme, ada.id()))).isEmpty();

        inTenant(tenant, () -> ports.contacts().markRemoved(tenant, ada.id(), at(5)));
        assertThat(forPortalSession(new PortalScope(tenant, acme, ada.id()))).isEmpty();
    }

    @Test
    void aPortalSessionsContact_isNotFound_onceTheClientIsOffboarded() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);

        inTenant(tenant, () -> {
            Client client = ports.clients().find(tenant, acme).orElseThrow();
            ports.clients().update(client.transitionTo(ClientStatus.OFFBOARDED, at(5)), client.version());
        });

        assertThat(forPortalSession(new PortalScope(tenant, acme, ada.id()))).isEmpty();
    }

    @Test
    void aClientsContacts_areListedByNameOrAge_inPages_withoutOtherClientsOrTenants() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact cy = contact(tenant, acme, "cy", 0);
        Contact ada = contact(tenant, acme, "Ada", 1);
        Contact bo = contact(tenant, acme, "Bo", 2);
        contact(tenant, newClient(tenant), "Al", 3);
        TenantId other = newTenant();
        contact(other, newClient(other), "Aaron", 4);

        assertThat(allPages(c -> list(tenant, acme, Sort.ascending(ContactSort.NAME), 2, c)))
                .containsExactly(List.of(ada, bo), List.of(cy));
        assertThat(allPages(c -> list(tenant, acme, Sort.descending(ContactSort.CREATED_AT), 2, c)))
                .containsExactly(List.of(bo, ada), List.of(cy));
    }

    @Test
    void anotherTenantsContact_isNotFound() {
        TenantId theirs = newTenant();
        Contact stranger = contact(theirs, newClient(theirs), "Stranger", 0);
        TenantId mine = newTenant();

        assertThat(inTenant(mine, () -> ports.contacts().find(mine, stranger.id()))).isEmpty();
    }

    @Test
    void aLink_isFoundByItsDigest_inItsTenantOnly() {
        TenantId tenant = newTenant();
        PortalLink link = link(tenant, contact(tenant, newClient(tenant), "Ada", 0), "digest-1");
        TenantId other = newTenant();

        assertThat(inTenant(tenant, () -> ports.portalLinks().findByDigest(tenant, "digest-1"))).contains(link);
        assertThat(inTenant(other, () -> ports.portalLinks().findByDigest(other, "digest-1"))).isEmpty();
    }

    @Test
    void aLink_isUsedOnce_andNeverWhenExpiredOrRevoked() {
        TenantId tenant = newTenant();
        Contact ada = contact(tenant, newClient(tenant), "Ada", 0);
        PortalLink once = link(tenant, ada, "once");
        PortalLink late = link(tenant, ada, "late");

        assertThat(inTenant(tenant, () -> ports.portalLinks().use(tenant, once.id(), at(10)))).isTrue();
        assertThat(inTenant(tenant, () -> ports.portalLinks().use(tenant, once.id(), at(11)))).isFalse();
        assertThat(inTenant(tenant, () -> ports.portalLinks().use(tenant, late.id(), at(60)))).isFalse();
        assertThat(inTenant(tenant, () -> ports.portalLinks().findByDigest(tenant, "once")))
                .hasValueSatisfying(l -> assertThat(l.usedAt()).contains(at(10)));
    }

    @Test
    void revokingAContactsLinks_revokesTheOpenOnesOnly_andNoOtherContacts() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        Contact ada = contact(tenant, acme, "Ada", 0);
        Contact bo = contact(tenant, acme, "Bo", 1);
        PortalLink used = link(tenant, ada, "used");
        link(tenant, ada, "open-1");
        link(tenant, ada, "open-2");
        PortalLink bos = link(tenant, bo, "bos");
        inTenant(tenant, () -> ports.portalLinks().use(tenant, used.id(), at(5)));

        int revoked = inTenant(tenant, () -> ports.portalLinks().revokeOpenLinksOf(tenant, ada.id(), at(10)));

        assertThat(revoked).isEqualTo(2);
        assertThat(inTenant(tenant, () -> ports.portalLinks().findByDigest(tenant, "open-1")))
                .hasValueSatisfying(l -> assertThat(l.stateAt(at(11))).isEqualTo(PortalLink.State.REVOKED));
        assertThat(inTenant(tenant, () -> ports.portalLinks().findByDigest(tenant, "used")))
                .hasValueSatisfying(l -> assertThat(l.revokedAt()).isEmpty());
        assertThat(inTenant(tenant, () -> ports.portalLinks().use(tenant, bos.id(), at(12)))).isTrue();
        assertThat(inTenant(tenant, () -> ports.portalLinks().revokeOpenLinksOf(tenant, ada.id(), at(13)))).isZero();
    }
}
