package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;

/** Files attached to tasks and updates. */
public record AttachmentFeature(RemoveOrphanedBlobs removeOrphanedBlobs) {

    public static AttachmentFeature wire(Transactions transactions, TenantRepository tenants,
                                         AttachmentRepository attachments, BlobStore blobs, Clock clock) {
        return new AttachmentFeature(new RemoveOrphanedBlobs(transactions, tenants, attachments, blobs, clock));
    }
}
