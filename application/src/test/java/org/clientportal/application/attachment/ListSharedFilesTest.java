package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.clientportal.application.fakes.TestFiles.files;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/** A contact's list of every file they may open, newest first, in pages. */
class ListSharedFilesTest {

    private final TestAgency agency = new TestAgency();
    private final AttachmentFeature attachments = agency.features.attachments;
    private final Client acme = agency.client("Acme");
    private final Project site = agency.share(agency.project(acme, "Site"));
    private final Actor ada = agency.signedInContact(acme, "Ada", "request");

    @Test
    void aContact_listsTheFilesOfWhatIsSharedWithTheirClient_newestFirst_inPages() {
        Task logo = agency.task(site, "Logo", "client");
        Task margin = agency.task(site, "Margin", "internal");
        attach(ParentKind.TASK, logo.key().value(), "logo.txt");
        attach(ParentKind.TASK, margin.key().value(), "margin.txt");
        String internalUpdate = agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(
                site.id().toString(), "Budget talk", null)).id().toString();
        attach(ParentKind.UPDATE, internalUpdate, "budget.txt");
        String ask = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(null, "question",
                "Which fonts?", null)).key().value();
        attach(ParentKind.ASK, ask, "fonts.txt");
        Actor gil = agency.signedInContact(agency.client("Globex"), "Gil");

        Page<SharedFile> first = attachments.listSharedFiles().execute(ada, new PageInput("1", null, null));
        Page<SharedFile> second = attachments.listSharedFiles().execute(ada,
                new PageInput("1", first.next().orElseThrow().encode(), null));

        assertThat(List.of(first.items().get(0), second.items().get(0)))
                .extracting(f -> f.attachment().name().value(), SharedFile::parentKey)
                .containsExactly(tuple("fonts.txt", Optional.of(ask)),
                        tuple("logo.txt", Optional.of(logo.key().value())));
        assertThat(second.next()).isEmpty();
        assertThat(attachments.listSharedFiles().execute(gil, PageInput.firstPage()).items()).isEmpty();
    }

    @Test
    void aCursorOfAnotherList_isRefused() {
        assertThatThrownBy(() -> attachments.listSharedFiles().execute(ada, new PageInput(null, "not-a-cursor", null)))
                .isInstanceOf(ValidationFailed.class);
    }

    private void attach(ParentKind kind, String reference, String name) {
        agency.fakes.clock.advance(Duration.ofMinutes(1));
        attachments.attachFiles().execute(agency.owner, kind, reference, files(name, "content of " + name));
    }
}
