package org.clientportal.application.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.clientportal.application.fakes.TestFiles.files;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.ask.FileRequestCommand;
import org.clientportal.application.blob.BlobTooLarge;
import org.clientportal.application.fakes.TestAgency;
import org.clientportal.application.fakes.TestFiles;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Change;
import org.clientportal.application.task.TaskChanges;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.FileTypeRefused;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.attachment.TooManyAttachments;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.ValidationFailed;
import org.clientportal.domain.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Uploads as the use case sees them: who may attach where, each file typed by its bytes and stored
 * before anything is recorded, and a refused upload leaving neither a record nor a blob.
 */
class AttachFilesTest {

    private final TestAgency agency = new TestAgency();
    private final AttachFiles attach = agency.features.attachments.attachFiles();
    private final ListAttachments list = agency.features.attachments.listAttachments();
    private final Client acme = agency.client("Acme");
    private final Project shared = agency.share(agency.project(acme, "Shared site"));
    private final Task visible = agency.task(shared, "Logo", "client");
    private final Task internal = agency.task(shared, "Margins", "internal");

    @Test
    void anOperator_attachesFiles_eachTypedByItsBytes_storedAndAudited() {
        List<Attachment> added = attach.execute(agency.owner, ParentKind.TASK, visible.key().value(),
                files("brief.jpg", "%PDF-1.7 the brief", "notes.txt", "plain words"));

        assertThat(added).extracting(a -> a.name().value()).containsExactly("brief.jpg", "notes.txt");
        assertThat(added).extracting(Attachment::contentType).containsExactly("application/pdf", "text/plain");
        assertThat(added.get(0).size()).isEqualTo(18);
        assertThat(added.get(0).clientId()).isEqualTo(acme.id());
        assertThat(list.execute(agency.owner, ParentKind.TASK, visible.key().value())).isEqualTo(added);
        assertThat(storedBlobs()).isEqualTo(2);
        assertThat(agency.fakes.auditTrail.all()).filteredOn(e -> e.action().equals("attachment.added")).hasSize(2);
    }

    @Test
    void aContact_needsTheUploadRight_andASharedTask() {
        Actor viewer = agency.signedInContact(acme, "Vic");
        Actor uploader = agency.signedInContact(acme, "Ada", "upload");

        assertThatThrownBy(() -> attach.execute(viewer, ParentKind.TASK, visible.key().value(), unread()))
                .isInstanceOf(AccessDenied.class).extracting("code").isEqualTo("portal-right-missing");
        assertThatThrownBy(() -> attach.execute(uploader, ParentKind.TASK, internal.key().value(), unread()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attach.execute(uploader, ParentKind.UPDATE, visible.id().toString(), unread()))
                .isInstanceOf(AccessDenied.class);
        Attachment added = attach.execute(uploader, ParentKind.TASK, visible.key().value(), files("photo.txt", "hi"))
                .get(0);
        assertThat(added.uploadedBy()).startsWith("contact:");
        assertThat(added.uploadedByName()).isEqualTo("Ada");
        assertThat(list.execute(viewer, ParentKind.TASK, visible.key().value())).containsExactly(added);
        assertThatThrownBy(() -> list.execute(viewer, ParentKind.TASK, internal.key().value()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anAsk_takesFilesFromOperators_andFromItsClientsContacts_throughTheClientsRequests() {
        Actor ada = agency.signedInContact(acme, "Ada", "request", "upload");
        Actor gil = agency.signedInContact(agency.client("Globex"), "Gil", "request", "upload");
        String bug = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(null, "bug", "Form broken",
                "It fails")).key().value();
        String wanted = agency.features.asks.fileRequest().execute(ada, new FileRequestCommand(shared.id().toString(),
                "task", "A new page", "About us")).key().value();

        Attachment screenshot = attach.execute(ada, ParentKind.ASK, bug, files("shot.txt", "the screen")).get(0);
        Attachment log = attach.execute(agency.owner, ParentKind.ASK, bug, files("log.txt", "the log")).get(0);
        Attachment brief = attach.execute(ada, ParentKind.ASK, wanted, files("brief.txt", "the page")).get(0);

        assertThat(screenshot.parent().kind()).isEqualTo(ParentKind.ASK);
        assertThat(list.execute(agency.owner, ParentKind.ASK, bug)).containsExactly(screenshot, log);
        assertThat(list.execute(ada, ParentKind.ASK, bug)).containsExactly(screenshot, log);
        // a task request's key names its task: its files are the task's
        assertThat(brief.parent().kind()).isEqualTo(ParentKind.TASK);
        assertThat(list.execute(agency.owner, ParentKind.TASK, wanted)).containsExactly(brief);
        assertThat(list.execute(ada, ParentKind.ASK, wanted)).containsExactly(brief);
        // another client's contact, a task the client did not request, a task's key on the agency's ask
        // route, and a malformed key all name nothing
        assertThatThrownBy(() -> attach.execute(gil, ParentKind.ASK, bug, unread())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> list.execute(gil, ParentKind.ASK, bug)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attach.execute(ada, ParentKind.ASK, visible.key().value(), unread()))
                .isInstanceOf(NotFound.class).hasMessageContaining("No request with id");
        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.ASK, wanted, unread()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> list.execute(agency.owner, ParentKind.ASK, "not a key")).isInstanceOf(NotFound.class);
    }

    @Test
    void aProgramAmongTheFiles_refusesTheUpload_andTheFilesStoredBeforeItAreRemoved() {
        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.TASK, visible.key().value(),
                files("fine.txt", "fine", "invoice.pdf", "MZ\u0090 a program")))
                .isInstanceOf(FileTypeRefused.class);

        assertNothingKept();
    }

    @Test
    void aFileOverTheLimit_refusesTheUpload_andLeavesNothing() {
        String over = "a".repeat((int) Attachment.MAX_BYTES + 1);

        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.TASK, visible.key().value(),
                files("small.txt", "small", "large.txt", over))).isInstanceOf(BlobTooLarge.class);

        assertNothingKept();
    }

    @Test
    void aFullParent_isRefusedBeforeAnyContentIsRead_andASixthFileInOneUploadToo() {
        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.TASK, visible.key().value(),
                files("1.txt", "1", "2.txt", "2", "3.txt", "3", "4.txt", "4", "5.txt", "5", "6.txt", "6")))
                .isInstanceOf(TooManyAttachments.class);
        assertNothingKept();

        attach.execute(agency.owner, ParentKind.TASK, visible.key().value(),
                files("1.txt", "1", "2.txt", "2", "3.txt", "3", "4.txt", "4", "5.txt", "5"));
        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.TASK, visible.key().value(), unread()))
                .isInstanceOf(TooManyAttachments.class);
    }

    @Test
    void anUploadWithoutFiles_isInvalid() {
        assertThatThrownBy(() -> attach.execute(agency.owner, ParentKind.TASK, visible.key().value(), files()))
                .isInstanceOf(ValidationFailed.class);
    }

    @Test
    void aTaskHiddenFromTheClientWhileTheFilesArrive_refusesTheContactsUpload_andLeavesNothing() {
        Actor uploader = agency.signedInContact(acme, "Ada", "upload");
        IncomingFiles hiddenMidway = new IncomingFiles() {
            private final Deque<IncomingFile> left = new ArrayDeque<>(List.of(TestFiles.file("a.txt", "a")));

            @Override
            public Optional<IncomingFile> next() {
                if (left.isEmpty()) {
                    agency.features.tasks.updateTask().execute(agency.owner, visible.key().value(), new TaskChanges(
                            Change.keep(), Change.keep(), Change.keep(), Change.keep(), Change.keep(),
                            Change.to("internal"), Optional.empty()));
                }
                return Optional.ofNullable(left.poll());
            }
        };

        assertThatThrownBy(() -> attach.execute(uploader, ParentKind.TASK, visible.key().value(), hiddenMidway))
                .isInstanceOf(NotFound.class);
        assertNothingKept();
    }

    private void assertNothingKept() {
        assertThat(list.execute(agency.owner, ParentKind.TASK, visible.key().value())).isEmpty();
        assertThat(storedBlobs()).isZero();
    }

    private int storedBlobs() {
        return agency.fakes.blobs.list(agency.registration.tenant().id(), Optional.empty(), 1000).blobs().size();
    }

    /** An upload that must be refused before any of it is read. */
    private static IncomingFiles unread() {
        return () -> {
            throw new AssertionError("the upload was read although it was to be refused first");
        };
    }
}
