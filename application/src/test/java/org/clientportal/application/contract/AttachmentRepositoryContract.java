package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

/** What is attached where, as the upload, the download and the cleanup of orphaned blobs read it. */
public abstract class AttachmentRepositoryContract extends StorageContract {

    private static final String SHA_256 = "ab".repeat(32);

    private Attachment attach(TenantId tenant, ClientId client, AttachmentParent parent, String name, int minute) {
        UUID id = newId();
        Attachment attachment = new Attachment(new AttachmentId(id), tenant, client, parent, new AttachmentName(name),
                42, "application/pdf", SHA_256, "blob-" + id, "operator:someone", "Olive", at(minute));
        inTenant(tenant, () -> ports.attachments().add(attachment));
        return attachment;
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
