package org.clientportal.application.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clientportal.application.attachment.FileSort;
import org.clientportal.application.attachment.SharedFile;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/** What files are attached where; their content is the {@link BlobStore}'s. Attachments are never changed. */
public interface AttachmentRepository {

    void add(Attachment attachment);

    Optional<Attachment> find(TenantId tenant, AttachmentId id);

    /** The parent's attachments, oldest first. */
    List<Attachment> ofParent(TenantId tenant, AttachmentParent parent);

    /**
     * The client's files whose parent the portal shows it (a client-visible task of a shared project,
     * a client-visible update of one, a client-visible comment on such a task, a client-visible ask of
     * the client's), one page in the request's order (by time, newest first unless asked otherwise).
     */
    Page<SharedFile> sharedWith(TenantId tenant, ClientId client, PageRequest<FileSort> page);

    /**
     * Until the transaction ends, other uploads to the same parent wait here, so that a count of its
     * attachments taken after this stays true until this transaction's own are added.
     */
    void lockParent(TenantId tenant, AttachmentParent parent);

    /** Which of the given blob keys an attachment of the tenant names. */
    Set<String> namedBlobKeys(TenantId tenant, Collection<String> blobKeys);
}
