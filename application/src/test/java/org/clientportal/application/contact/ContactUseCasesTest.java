package org.clientportal.application.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.junit.jupiter.api.Test;

class ContactUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final ContactFeature contacts = agency.features.contacts;
    private final Client acme = agency.client("Acme");

    private Contact add(Client client, String name, String email, List<String> rights) {
        return contacts.addContact().execute(agency.owner, new AddContactCommand(client.id().toString(), name, email, rights));
    }

    @Test
    void aContact_isAddedWithViewAlwaysIncluded_andAudited() {
        Contact added = add(acme, "Ada Buyer", "Ada@Acme.test", List.of("upload", "request"));

        assertThat(added.email().value()).isEqualTo("ada@acme.test");
        assertThat(added.rights().ordered()).containsExactly(PortalRight.VIEW, PortalRight.REQUEST, PortalRight.UPLOAD);
        assertThat(add(acme, "Bo", "bo@acme.test", null).rights().ordered()).containsExactly(PortalRight.VIEW);
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("contact.added");
            assertThat(event.entityId()).isEqualTo(added.id().toString());
        });
    }

    @Test
    void badInput_isRefusedNamingEachField_andTheBadRightByPosition() {
        assertThatThrownBy(() -> add(acme, " ", "not-an-email", List.of("view", "admin", "")))
                .isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("name")
                .hasMessageContaining("email")
                .hasMessageContaining("rights[1]: must be one of view, request, upload, approve")
                .hasMessageContaining("rights[2]: is required");
    }

    @Test
    void aClientsContacts_haveDistinctEmails_butAnotherClientMayReuseOne() {
        add(acme, "Ada", "ada@acme.test", null);
        Client globex = agency.client("Globex");

        assertThatThrownBy(() -> add(acme, "Ada again", "ADA@acme.test", null))
                .isInstanceOf(AlreadyExists.class).hasMessageContaining("ada@acme.test");
        assertThat(add(globex, "Ada", "ada@acme.test", null).clientId()).isEqualTo(globex.id());
    }

    @Test
    void contacts_areListedByNamePerClient_inPages() {
        add(acme, "Cy", "cy@acme.test", null);
        add(acme, "Ada", "ada@acme.test", null);
        add(acme, "Bo", "bo@acme.test", null);
        add(agency.client("Globex"), "Al", "al@globex.test", null);

        var first = contacts.listContacts().execute(agency.owner, acme.id().toString(), new PageInput("2", null));
        var rest = contacts.listContacts().execute(agency.owner, acme.id().toString(),
                new PageInput("2", first.next().orElseThrow().encode()));

        assertThat(first.items()).extracting(Contact::name).containsExactly("Ada", "Bo");
        assertThat(rest.items()).extracting(Contact::name).containsExactly("Cy");
    }

    @Test
    void aCursorOfOneClientsList_isRefusedOnAnothers() {
        add(acme, "Ada", "ada@acme.test", null);
        add(acme, "Bo", "bo@acme.test", null);
        Client globex = agency.client("Globex");
        var first = contacts.listContacts().execute(agency.owner, acme.id().toString(), new PageInput("1", null));

        assertThatThrownBy(() -> contacts.listContacts().execute(agency.owner, globex.id().toString(),
                new PageInput("1", first.next().orElseThrow().encode())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("cursor");
    }

    @Test
    void anUnknownClient_isNotFound_forAddingAndListing() {
        String unknown = "00000000-0000-7000-8000-000000000001";
        assertThatThrownBy(() -> contacts.addContact().execute(agency.owner,
                new AddContactCommand(unknown, "Ada", "ada@x.test", null))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> contacts.listContacts().execute(agency.owner, unknown, PageInput.firstPage()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void changingAContact_bumpsItsVersion_andAStaleVersionIsRefused() {
        Contact ada = add(acme, "Ada", "ada@acme.test", null);

        Contact changed = contacts.changeContact().execute(agency.owner, ada.id().toString(), new ContactChanges(
                Change.to("Ada Lovelace"), Change.keep(), Change.to(List.of("approve")), Optional.of(ada.version())));

        assertThat(changed.name()).isEqualTo("Ada Lovelace");
        assertThat(changed.rights().ordered()).containsExactly(PortalRight.VIEW, PortalRight.APPROVE);
        assertThat(changed.version()).isEqualTo(ada.version() + 1);
        assertThatThrownBy(() -> contacts.changeContact().execute(agency.owner, ada.id().toString(),
                new ContactChanges(Change.to("Late"), Change.keep(), Change.keep(), Optional.of(ada.version()))))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void aChangeToNothingNew_keepsTheVersion_andBadChangesAreRefused() {
        Contact ada = add(acme, "Ada", "ada@acme.test", List.of("request"));
        add(acme, "Bo", "bo@acme.test", null);

        Contact same = contacts.changeContact().execute(agency.owner, ada.id().toString(), new ContactChanges(
                Change.to("Ada"), Change.to("ADA@acme.test"), Change.to(List.of("request", "view")), Optional.empty()));

        assertThat(same.version()).isEqualTo(ada.version());
        assertThatThrownBy(() -> contacts.changeContact().execute(agency.owner, ada.id().toString(),
                new ContactChanges(Change.keep(), Change.keep(), Change.to(null), Optional.empty())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("rights");
        assertThatThrownBy(() -> contacts.changeContact().execute(agency.owner, ada.id().toString(),
                new ContactChanges(Change.keep(), Change.to("bo@acme.test"), Change.keep(), Optional.empty())))
                .isInstanceOf(AlreadyExists.class);
    }

    @Test
    void aRemovedContact_isGoneFromEveryRead_andItsEmailIsFreeAgain() {
        Contact ada = add(acme, "Ada", "ada@acme.test", null);

        contacts.removeContact().execute(agency.owner, ada.id().toString());

        assertThatThrownBy(() -> contacts.getContact().execute(agency.owner, ada.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> contacts.removeContact().execute(agency.owner, ada.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThat(contacts.listContacts().execute(agency.owner, acme.id().toString(), PageInput.firstPage()).items())
                .isEmpty();
        assertThat(add(acme, "Ada", "ada@acme.test", null).id()).isNotEqualTo(ada.id());
    }

    @Test
    void aViewer_mayListContacts_butNotAddChangeOrRemoveThem() {
        Contact ada = add(acme, "Ada", "ada@acme.test", null);
        var viewer = agency.operatorWithRole("viewer");

        assertThat(contacts.getContact().execute(viewer, ada.id().toString())).isEqualTo(ada);
        assertThatThrownBy(() -> contacts.addContact().execute(viewer,
                new AddContactCommand(acme.id().toString(), "Bo", "bo@acme.test", null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> contacts.changeContact().execute(viewer, ada.id().toString(),
                new ContactChanges(Change.to("X"), Change.keep(), Change.keep(), Optional.empty())))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> contacts.removeContact().execute(viewer, ada.id().toString()))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anotherAgencysContact_isNotFound() {
        Contact ada = add(acme, "Ada", "ada@acme.test", null);
        TestAgency other = new TestAgency(agency.fakes);

        assertThatThrownBy(() -> other.features.contacts.getContact().execute(other.owner, ada.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> other.features.contacts.removeContact().execute(other.owner, ada.id().toString()))
                .isInstanceOf(NotFound.class);
    }
}
