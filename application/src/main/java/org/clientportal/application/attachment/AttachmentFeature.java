package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;

/** Files attached to tasks and updates. */
public record AttachmentFeature(GetAttachment getAttachment, IssueDownloadLink issueDownloadLink,
                                IssueSharedDownloadLink issueSharedDownloadLink, OpenDownload openDownload,
                                RemoveOrphanedBlobs removeOrphanedBlobs) {

    public static AttachmentFeature wire(Transactions transactions, TenantRepository tenants,
                                         AttachmentRepository attachments, BlobStore blobs, DownloadLinks links,
                                         Clock clock) {
        GetAttachment getAttachment = new GetAttachment(transactions, attachments);
        return new AttachmentFeature(getAttachment,
                new IssueDownloadLink(getAttachment, links, clock),
                new IssueSharedDownloadLink(transactions, attachments, links, clock),
                new OpenDownload(transactions, attachments, blobs, links, clock),
                new RemoveOrphanedBlobs(transactions, tenants, attachments, blobs, clock));
    }
}
