package org.clientportal.application.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Change;
import org.clientportal.application.shared.PageInput;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StaleVersion;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.junit.jupiter.api.Test;

class UpdateUseCasesTest {

    private final TestAgency agency = new TestAgency();
    private final UpdateFeature updates = agency.features.updates;
    private final Project site = agency.project(agency.client("Acme"), "Site");

    private ProjectUpdate post(String body, String visibility) {
        return updates.postUpdate().execute(agency.owner, new PostUpdateCommand(site.id().toString(), body, visibility));
    }

    private AuditEvent lastEvent() {
        return agency.fakes.auditTrail.all().get(agency.fakes.auditTrail.all().size() - 1);
    }

    @Test
    void anUpdate_isInternalUnlessSaidOtherwise_andNamesItsAuthor() {
        ProjectUpdate internal = post("  Design review went well\nNext: build  ", null);
        ProjectUpdate shared = post("Design is signed off", "client");

        assertThat(internal.visibility()).isEqualTo(Visibility.INTERNAL);
        assertThat(internal.body()).isEqualTo("Design review went well\nNext: build");
        assertThat(shared.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(shared.clientId()).isEqualTo(site.clientId());
        assertThat(shared.author()).isEqualTo(agency.owner.principal().name());
        assertThat(shared.authorName()).isEqualTo("Olive Owner");
        assertThat(lastEvent().action()).isEqualTo("update.posted");
    }

    @Test
    void badUpdates_areRefusedNamingTheField() {
        assertThatThrownBy(() -> post("  ", null)).isInstanceOf(ValidationFailed.class).hasMessageContaining("body");
        assertThatThrownBy(() -> post("x".repeat(ProjectUpdate.BODY_MAX + 1), null))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("body");
        assertThatThrownBy(() -> post("Hi", "public")).isInstanceOf(ValidationFailed.class)
                .hasMessageContaining("visibility: must be one of internal, client");
        assertThatThrownBy(() -> updates.postUpdate().execute(agency.owner,
                new PostUpdateCommand("00000000-0000-7000-8000-000000000001", "Hi", null))).isInstanceOf(NotFound.class);
    }

    @Test
    void sharingAnUpdate_isAuditedAsAnActOfItsOwn_andEditingAsAnEdit() {
        ProjectUpdate posted = post("Draft", null);

        ProjectUpdate shared = updates.changeUpdate().execute(agency.owner, posted.id().toString(),
                new UpdateChanges(Change.keep(), Change.to("client"), Optional.of(posted.version())));
        String sharedAction = lastEvent().action();
        ProjectUpdate edited = updates.changeUpdate().execute(agency.owner, posted.id().toString(),
                new UpdateChanges(Change.to("Final"), Change.keep(), Optional.empty()));

        assertThat(shared.visibility()).isEqualTo(Visibility.CLIENT);
        assertThat(sharedAction).isEqualTo("update.visibility-changed");
        assertThat(edited.body()).isEqualTo("Final");
        assertThat(lastEvent().action()).isEqualTo("update.edited");
        assertThatThrownBy(() -> updates.changeUpdate().execute(agency.owner, posted.id().toString(),
                new UpdateChanges(Change.to("Stale"), Change.keep(), Optional.of(posted.version()))))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> updates.changeUpdate().execute(agency.owner, posted.id().toString(),
                new UpdateChanges(Change.to(null), Change.to("secret"), Optional.empty())))
                .isInstanceOf(ValidationFailed.class).hasMessageContaining("body").hasMessageContaining("visibility");
    }

    @Test
    void aProjectsUpdates_areListedNewestFirst_andFilteredByVisibility() {
        post("one", null);
        agency.fakes.clock.advance(java.time.Duration.ofMinutes(1));
        post("two", "client");

        var all = updates.listUpdates().execute(agency.owner, site.id().toString(), null, PageInput.firstPage());
        var shared = updates.listUpdates().execute(agency.owner, site.id().toString(), "client", PageInput.firstPage());

        assertThat(all.items()).extracting(ProjectUpdate::body).containsExactly("two", "one");
        assertThat(shared.items()).extracting(ProjectUpdate::body).containsExactly("two");
        assertThatThrownBy(() -> updates.listUpdates().execute(agency.owner, site.id().toString(), "nobody",
                PageInput.firstPage())).isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aViewer_readsUpdates_butPostsAndChangesNone_andAnotherAgencyFindsNone() {
        ProjectUpdate posted = post("Hello", null);
        var viewer = agency.operatorWithRole("viewer");
        TestAgency other = new TestAgency(agency.fakes);

        assertThat(updates.getUpdate().execute(viewer, posted.id().toString())).isEqualTo(posted);
        assertThatThrownBy(() -> updates.postUpdate().execute(viewer,
                new PostUpdateCommand(site.id().toString(), "Hi", null))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> updates.changeUpdate().execute(viewer, posted.id().toString(),
                new UpdateChanges(Change.to("x"), Change.keep(), Optional.empty()))).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> other.features.updates.getUpdate().execute(other.owner, posted.id().toString()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> other.features.updates.listUpdates().execute(other.owner, site.id().toString(), null,
                PageInput.firstPage())).isInstanceOf(NotFound.class);
    }
}
