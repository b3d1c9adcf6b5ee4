package org.clientportal.application.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.application.blob.StoredBlob;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContentSniffer;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.AccessDenied;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.attachment.AcceptedFileTypes;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.FileTypeRefused;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.attachment.TooManyAttachments;
import org.clientportal.domain.contact.PortalRight;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Attaches the files of one upload to a task, ask, update or comment: an operator to any of the
 * agency's, a contact with the {@code upload} right to a task shared with their client or to one of
 * their client's requests. Each file is sniffed
 * from its first bytes (a program or script is refused), then streamed into the blob store, at most
 * {@link Attachment#MAX_BYTES} of it; only once every file is stored are they recorded, in one
 * transaction with an audit event each, under a lock on the parent, so that concurrent uploads cannot
 * together pass its limit of {@link Attachment#MAX_PER_PARENT}. Whatever refuses the upload part-way,
 * the blobs it stored are removed again; if even that fails (the store went away), no row names
 * them, and {@link RemoveOrphanedBlobs} finds them later.
 */
public final class AttachFiles {

    /** One file in the store, not yet recorded. */
    private record StoredFile(UUID id, AttachmentName name, String contentType, StoredBlob blob) {
    }

    private final Transactions transactions;
    private final AttachmentTargets targets;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final ContentSniffer sniffer;
    private final AuthorNames authors;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    public AttachFiles(Transactions transactions, AttachmentTargets targets, AttachmentRepository attachments,
                       BlobStore blobs, ContentSniffer sniffer, AuthorNames authors, AuditRecorder audit, IdSource ids,
                       Clock clock) {
        this.transactions = transactions;
        this.targets = targets;
        this.attachments = attachments;
        this.blobs = blobs;
        this.sniffer = sniffer;
        this.authors = authors;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public List<Attachment> execute(Actor actor, ParentKind kind, String reference, IncomingFiles files) {
        requireMayAttach(actor, kind);
        // Refused before a byte of content is read: an unknown parent, or one already full.
        int attached = transactions.forActor(actor, () -> attachments.ofParent(actor.tenantId(),
                targets.find(actor, kind, reference).parent()).size());
        if (attached >= Attachment.MAX_PER_PARENT) {
            throw new TooManyAttachments(attached);
        }
        List<StoredFile> stored = new ArrayList<>();
        try {
            for (Optional<IncomingFile> file = files.next(); file.isPresent(); file = files.next()) {
                if (attached + stored.size() >= Attachment.MAX_PER_PARENT) {
                    throw new TooManyAttachments(attached);
                }
                stored.add(store(actor.tenantId(), file.get()));
            }
            if (stored.isEmpty()) {
                throw ValidationFailed.of("file", "send at least one file, as a multipart/form-data part named 'file'");
            }
            return transactions.forActor(actor, () -> record(actor, kind, reference, stored));
        } catch (RuntimeException refused) {
            discard(actor.tenantId(), stored, refused);
            throw refused;
        }
    }

    private static void requireMayAttach(Actor actor, ParentKind kind) {
        if (actor.principal() instanceof Principal.Contact contact) {
            contact.require(PortalRight.UPLOAD);
            if (kind != ParentKind.TASK && kind != ParentKind.ASK) {
                throw new AccessDenied("A contact attaches files to tasks and requests only");
            }
        } else {
            actor.require(Permission.WRITE);
        }
    }

    private StoredFile store(TenantId tenant, IncomingFile file) {
        AttachmentName name = AttachmentName.fromSubmitted(file.submittedName());
        SniffedContent sniffed = sniffer.sniff(file.content(), name.value());
        if (!AcceptedFileTypes.accepts(sniffed.mediaType())) {
            throw new FileTypeRefused(name.value(), sniffed.mediaType());
        }
        UUID id = ids.next();
        StoredBlob blob = blobs.put(tenant, new BlobKey(id.toString()), sniffed.content(), Attachment.MAX_BYTES);
        return new StoredFile(id, name, sniffed.mediaType(), blob);
    }

    private List<Attachment> record(Actor actor, ParentKind kind, String reference, List<StoredFile> stored) {
        TenantId tenant = actor.tenantId();
        // Found again: the parent may have gone out of the caller's reach while the files arrived.
        AttachmentTarget target = targets.find(actor, kind, reference);
        attachments.lockParent(tenant, target.parent());
        int attached = attachments.ofParent(tenant, target.parent()).size();
        if (attached + stored.size() > Attachment.MAX_PER_PARENT) {
            throw new TooManyAttachments(attached);
        }
        String uploadedBy = actor.principal().name();
        String uploadedByName = authors.of(actor);
        List<Attachment> added = new ArrayList<>();
        for (StoredFile file : stored) {
            Attachment attachment = new Attachment(new AttachmentId(file.id()), tenant, target.clientId(),
                    target.parent(), file.name(), file.blob().size(), file.contentType(), file.blob().sha256(),
                    file.blob().key().value(), uploadedBy, uploadedByName, clock.now());
            attachments.add(attachment);
            audit.created(actor, "attachment.added", "attachment", attachment.id(), Snapshots.of(attachment));
            added.add(attachment);
        }
        return added;
    }

    private void discard(TenantId tenant, List<StoredFile> stored, RuntimeException refused) {
        for (StoredFile file : stored) {
            try {
                blobs.delete(tenant, file.blob().key());
            } catch (RuntimeException failed) {
                // Left for RemoveOrphanedBlobs: no committed row names it.
                refused.addSuppressed(failed);
            }
        }
    }
}
