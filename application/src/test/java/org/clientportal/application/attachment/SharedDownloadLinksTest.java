package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientportal.application.fakes.TestFiles.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.task.TaskChanges;
import org.clientportal.application.update.PostUpdateCommand;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/**
 * A contact's download links, read in the use case itself (these fakes have no row-level security):
 * a file is theirs to fetch only while its parent is shared with their client.
 */
class SharedDownloadLinksTest {

    private final TestAgency agency = new TestAgency();
    private final AttachmentFeature attachments = agency.features.attachments;
    private final Client acme = agency.client("Acme");
    private final Task logo = agency.task(agency.share(agency.project(acme, "Site")), "Logo", "client");
    private final Actor ada = agency.signedInContact(acme, "Ada", "request");

    @Test
    void aContact_getsALinkToAFileOfASharedTask_untilTheTaskIsMadeInternal() throws IOException {
        Attachment file = attach(ParentKind.TASK, logo.key().value(), "logo.txt", "the logo");

        assertThat(read(link(ada, file))).isEqualTo("the logo");

        agency.features.tasks.updateTask().execute(agency.owner, logo.key().value(), new TaskChanges(Change.keep(),
                Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.to("internal"), Optional.empty()));
        assertThatThrownBy(() -> link(ada, file)).isInstanceOf(NotFound.class);
    }

    @Test
    void aContact_getsALinkToAFileOfTheirClientsAsk_butAnotherClientsContactDoesNot() throws IOException {
        String ask = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(null, "question",
                "Which fonts?", null)).key().value();
        Attachment file = attach(ParentKind.ASK, ask, "fonts.txt", "the fonts");
        Actor gil = agency.signedInContact(agency.client("Globex"), "Gil");

        assertThat(read(link(ada, file))).isEqualTo("the fonts");
        assertThatThrownBy(() -> link(gil, file)).isInstanceOf(NotFound.class);
    }

    @Test
    void aFileOfAnInternalUpdate_isNotFoundForAContact() {
        Project site = agency.share(agency.project(acme, "Shop"));
        String update = agency.features.updates.postUpdate().execute(agency.owner, new PostUpdateCommand(
                site.id().toString(), "Budget talk", null)).id().toString();
        Attachment file = attach(ParentKind.UPDATE, update, "budget.txt", "the budget");

        assertThatThrownBy(() -> link(ada, file)).isInstanceOf(NotFound.class);
    }

    private Attachment attach(ParentKind kind, String reference, String name, String content) {
        return attachments.attachFiles().execute(agency.owner, kind, reference, files(name, content)).get(0);
    }

    private DownloadLink link(Actor contact, Attachment file) {
        return attachments.issueSharedDownloadLink().execute(contact, file.id().toString());
    }

    private String read(DownloadLink link) throws IOException {
        String token = link.url().substring(link.url().indexOf(DownloadLinks.PATH) + DownloadLinks.PATH.length());
        try (InputStream content = attachments.openDownload().execute(token).content()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
