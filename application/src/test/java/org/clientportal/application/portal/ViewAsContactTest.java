package org.clientportal.application.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.clientportal.application.contact.AddContactCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.project.ProjectChanges;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TransitionCommand;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.NotFound;
import org.junit.jupiter.api.Test;

class ViewAsContactTest {

    private final TestAgency agency = new TestAgency();
    private final PortalFeature portal = agency.features.portal;
    private final Client acme = agency.client("Acme");
    private final Contact ada = agency.features.contacts.addContact().execute(agency.owner,
            new AddContactCommand(acme.id().toString(), "Ada", "ada@acme.test", java.util.List.of("request")));

    @Test
    void anOperator_readsThePortalAsTheContact_andTheLookIsAudited() {
        Project shared = agency.features.projects.updateProject().execute(agency.owner,
                agency.project(acme, "Shared").id().toString(), new ProjectChanges(Change.keep(), Change.keep(),
                        Change.keep(), Change.keep(), Change.to("client"), Optional.empty()));
        agency.project(acme, "Internal");
        Actor viewer = agency.operatorWithRole("viewer");

        Actor asAda = portal.viewAsContact().execute(viewer, ada.id().toString(), "GET /portal/api/v1/projects");

        assertThat(asAda.principal()).isEqualTo(new Principal.Contact(ada.id(), acme.id(), ada.rights()));
        assertThat(portal.listSharedProjects().execute(asAda, PageInput.firstPage()).items()).extracting(Project::id)
                .containsExactly(shared.id());
        assertThat(agency.fakes.auditTrail.all()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("contact.viewed-as");
            assertThat(e.actor()).isEqualTo(viewer.principal().name());
            assertThat(e.after().orElseThrow()).containsEntry("reading", "GET /portal/api/v1/projects");
        });
    }

    @Test
    void anUnknownContact_orAnotherAgencys_isNotFound_andAnOffboardedClientsIsRefused() {
        TestAgency other = new TestAgency(agency.fakes);

        assertThatThrownBy(() -> other.features.portal.viewAsContact().execute(other.owner, ada.id().toString(), "x"))
                .isInstanceOf(NotFound.class);
        agency.features.clients.transitionClient().execute(agency.owner, acme.id().toString(),
                new TransitionCommand("offboarded", null, Optional.empty()));
        assertThatThrownBy(() -> portal.viewAsContact().execute(agency.owner, ada.id().toString(), "x"))
                .isInstanceOfSatisfying(DomainError.class,
                        e -> assertThat(e.code()).isEqualTo("contact.client-offboarded"));
    }
}
