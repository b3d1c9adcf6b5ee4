package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.blob.BlobKey;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.shared.NotFound;

/**
 * Whoever holds a genuine, unexpired download link gets the content: the link is the credential,
 * so no one need be signed in (a browser follows it like any link). The record is read in the
 * link's tenant; the content is streamed after that transaction, so no connection is held while it flows.
 */
public final class OpenDownload {

    private final Transactions transactions;
    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final DownloadLinks links;
    private final Clock clock;

    public OpenDownload(Transactions transactions, AttachmentRepository attachments, BlobStore blobs,
                        DownloadLinks links, Clock clock) {
        this.transactions = transactions;
        this.attachments = attachments;
        this.blobs = blobs;
        this.links = links;
        this.clock = clock;
    }

    public Download execute(String token) {
        DownloadLinks.Linked linked = links.check(token, clock.now());
        Attachment attachment = transactions.inTenant(linked.tenant(), () -> attachments.find(linked.tenant(),
                linked.attachment()).orElseThrow(() -> new NotFound("attachment", linked.attachment().toString())));
        return new Download(attachment, blobs.open(linked.tenant(), new BlobKey(attachment.blobKey())));
    }
}
