package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.clientportal.application.attachment.FileSort;
import org.clientportal.application.attachment.SharedFile;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.comment.CommentId;
import org.clientportal.domain.comment.TaskComment;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalRights;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectDetails;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.task.Task;
import org.clientportal.domain.task.TaskDetails;
import org.clientportal.domain.task.TaskId;
import org.clientportal.domain.task.TaskPriority;
import org.clientportal.domain.task.TaskSource;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;
import org.junit.jupiter.api.Test;

/**
 * What is attached where, as the upload, the download, the cleanup of orphaned blobs and the portal's
 * list of files read it.
 */
public abstract class AttachmentRepositoryContract extends StorageContract {

    private static final String SHA_256 = "ab".repeat(32);

    private int keys;

    private Attachment attach(TenantId tenant, ClientId client, AttachmentParent parent, String name, int minute) {
        UUID id = newId();
        Attachment attachment = new Attachment(new AttachmentId(id), tenant, client, parent, new AttachmentName(name),
                42, "application/pdf", SHA_256, "blob-" + id, "operator:someone", "Olive", at(minute));
        inTenant(tenant, () -> ports.attachments().add(attachment));
        return attachment;
    }

    private static AttachmentParent parent(ParentKind kind, UUID id) {
        return new AttachmentParent(kind, id);
    }

    private ProjectId project(TenantId tenant, ClientId client, Visibility visibility) {
        Project project = Project.create(new ProjectId(newId()), tenant, client,
                new ProjectDetails("Site", Optional.empty(), Optional.empty(), Optional.empty()), at(0))
                .withVisibility(visibility, at(0));
        inTenant(tenant, () -> ports.projects().add(project));
        return project.id();
    }

    private Task task(TenantId tenant, ClientId client, ProjectId project, Visibility visibility) {
        Task task = Task.create(new TaskId(newId()), tenant, project, client, new TaskKey("FILE-" + (++keys)),
                new TaskDetails("Task", Optional.empty(), TaskPriority.NORMAL, Optional.empty(), Optional.empty(),
                        visibility), TaskSource.OPERATOR, at(0));
        inTenant(tenant, () -> ports.tasks().add(task));
        return task;
    }

    private UUID update(TenantId tenant, ClientId client, ProjectId project, Visibility visibility) {
        ProjectUpdate update = ProjectUpdate.post(new UpdateId(newId()), tenant, project, client, "Shipped",
                visibility, "operator:o", "Olive", at(0));
        inTenant(tenant, () -> ports.updates().add(update));
        return update.id().value();
    }

    private UUID comment(Task task, Visibility visibility) {
        TaskComment comment = TaskComment.post(new CommentId(newId()), task.tenantId(), task.id(), task.clientId(),
                "Looks good", visibility, "operator:o", "Olive", at(0));
        inTenant(task.tenantId(), () -> ports.comments().add(comment));
        return comment.id().value();
    }

    private Ask ask(TenantId tenant, ClientId client, ProjectId project) {
        Contact contact = Contact.create(new ContactId(newId()), tenant, client, "Ada",
                new EmailAddress("ada-" + newId() + "@client.test"), PortalRights.viewOnly(), at(0));
        Ask ask = Ask.file(new AskId(newId()), tenant, client, Optional.of(project), new TaskKey("FILE-" + (++keys)),
                AskKind.BUG, "Broken", Optional.empty(), contact.id(), "Ada", at(0));
        inTenant(tenant, () -> {
            ports.contacts().add(contact);
            ports.asks().add(ask);
        });
        return ask;
    }

    private Page<SharedFile> filesOf(TenantId tenant, ClientId client, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.attachments().sharedWith(tenant, client,
                page(tenant, Sort.descending(FileSort.CREATED_AT), limit, cursor)));
    }

    @Test
    void anAttachment_isFoundWithEveryField_inItsOwnTenantOnly() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Attachment attachment = attach(tenant, newClient(tenant), new AttachmentParent(ParentKind.TASK, newId()),
                "Brief \"final\" v2.pdf", 1);

        assertThat(inTenant(tenant, () -> ports.attachments().find(tenant, attachment.id()))).contains(attachment);
        assertThat(inTenant(other, () -> ports.attachments().find(other, attachment.id()))).isEmpty();
    }

    @Test
    void aParentsAttachments_comeOldestFirst_withoutThoseOfOtherParentsOrKinds() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        UUID parentId = newId();
        AttachmentParent task = new AttachmentParent(ParentKind.TASK, parentId);
        Attachment second = attach(tenant, client, task, "second.png", 2);
        Attachment first = attach(tenant, client, task, "first.png", 1);
        attach(tenant, client, new AttachmentParent(ParentKind.UPDATE, parentId), "same id, other kind.png", 3);
        attach(tenant, client, new AttachmentParent(ParentKind.TASK, newId()), "other task.png", 4);

        assertThat(inTenant(tenant, () -> ports.attachments().ofParent(tenant, task))).containsExactly(first, second);
    }

    @Test
    void theClientsFiles_areThoseOfTheRecordsSharedWithIt_newestFirst_inPages() {
        TenantId tenant = newTenant();
        ClientId acme = newClient(tenant);
        ProjectId shared = project(tenant, acme, Visibility.CLIENT);
        ProjectId internal = project(tenant, acme, Visibility.INTERNAL);
        Task visibleTask = task(tenant, acme, shared, Visibility.CLIENT);
        Task internalTask = task(tenant, acme, shared, Visibility.INTERNAL);
        Task onInternalProject = task(tenant, acme, internal, Visibility.CLIENT);
        Attachment ofTask = attach(tenant, acme, parent(ParentKind.TASK, visibleTask.id().value()), "task.pdf", 1);
        attach(tenant, acme, parent(ParentKind.TASK, internalTask.id().value()), "internal task.pdf", 2);
        attach(tenant, acme, parent(ParentKind.TASK, onInternalProject.id().value()), "internal project.pdf", 3);
        Attachment ofUpdate = attach(tenant, acme, parent(ParentKind.UPDATE, update(tenant, acme, shared,
                Visibility.CLIENT)), "update.pdf", 4);
        attach(tenant, acme, parent(ParentKind.UPDATE, update(tenant, acme, shared, Visibility.INTERNAL)),
                "internal update.pdf", 5);
        Attachment ofComment = attach(tenant, acme, parent(ParentKind.COMMENT, comment(visibleTask,
                Visibility.CLIENT)), "comment.pdf", 6);
        attach(tenant, acme, parent(ParentKind.COMMENT, comment(visibleTask, Visibility.INTERNAL)),
                "internal comment.pdf", 7);
        attach(tenant, acme, parent(ParentKind.COMMENT, comment(internalTask, Visibility.CLIENT)),
                "comment on an internal task.pdf", 8);
        Ask ask = ask(tenant, acme, shared);
        Attachment ofAsk = attach(tenant, acme, parent(ParentKind.ASK, ask.id().value()), "ask.pdf", 9);
        ClientId globex = newClient(tenant);
        Task globexTask = task(tenant, globex, project(tenant, globex, Visibility.CLIENT), Visibility.CLIENT);
        attach(tenant, globex, parent(ParentKind.TASK, globexTask.id().value()), "globex.pdf", 10);

        List<List<SharedFile>> pages = allPages(c -> filesOf(tenant, acme, 3, c));

        assertThat(pages).hasSize(2);
        List<SharedFile> all = pages.stream().flatMap(List::stream).toList();
        assertThat(all).extracting(SharedFile::attachment).containsExactly(ofAsk, ofComment, ofUpdate, ofTask);
        assertThat(all).extracting(SharedFile::parentKey).containsExactly(Optional.of(ask.key().value()),
                Optional.of(visibleTask.key().value()), Optional.empty(), Optional.of(visibleTask.key().value()));
        TenantId other = newTenant();
        assertThat(filesOf(other, acme, 10, Optional.empty()).items()).isEmpty();
    }

    @Test
    void namedBlobKeys_areThoseOfTheTenantsAttachments() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        Attachment named = attach(tenant, newClient(tenant), new AttachmentParent(ParentKind.TASK, newId()), "a.txt", 1);
        Attachment elsewhere = attach(other, newClient(other), new AttachmentParent(ParentKind.TASK, newId()), "b.txt",
                1);

        assertThat(inTenant(tenant, () -> ports.attachments().namedBlobKeys(tenant,
                List.of(named.blobKey(), elsewhere.blobKey(), "never-written")))).isEqualTo(Set.of(named.blobKey()));
        assertThat(inTenant(tenant, () -> ports.attachments().namedBlobKeys(tenant, List.of()))).isEmpty();
    }

    @Test
    void lockingAParent_letsItsTransactionCountAndAdd() {
        TenantId tenant = newTenant();
        ClientId client = newClient(tenant);
        AttachmentParent parent = new AttachmentParent(ParentKind.UPDATE, newId());
        attach(tenant, client, parent, "one.txt", 1);

        int counted = inTenant(tenant, () -> {
            ports.attachments().lockParent(tenant, parent);
            return ports.attachments().ofParent(tenant, parent).size();
        });

        assertThat(counted).isEqualTo(1);
    }
}
