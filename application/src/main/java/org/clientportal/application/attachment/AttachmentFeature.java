package org.clientportal.application.attachment;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.ContentSniffer;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.shared.AuthorNames;

/** Files attached to tasks, asks, updates and comments: uploads, lists (per record and the portal's of all), download links, and the cleanup of stray blobs. */
public record AttachmentFeature(AttachFiles attachFiles, ListAttachments listAttachments, ListSharedFiles listSharedFiles,
                                GetAttachment getAttachment,
                                IssueDownloadLink issueDownloadLink, IssueSharedDownloadLink issueSharedDownloadLink,
                                OpenDownload openDownload, RemoveOrphanedBlobs removeOrphanedBlobs) {

    /** The ports the feature takes. */
    public record Ports(Transactions transactions, TenantRepository tenants, TaskRepository tasks,
                        UpdateRepository updates, CommentRepository comments, AskRepository asks,
                        ProjectRepository projects,
                        AttachmentRepository attachments, BlobStore blobs, ContentSniffer sniffer, IdSource ids,
                        Clock clock) {
    }

    public static AttachmentFeature wire(Ports p, AuthorNames authors, AuditRecorder audit, DownloadLinks links) {
        AttachmentTargets targets = new AttachmentTargets(p.tasks(), p.updates(), p.comments(), p.asks(),
                p.projects());
        GetAttachment getAttachment = new GetAttachment(p.transactions(), p.attachments());
        return new AttachmentFeature(
                new AttachFiles(p.transactions(), targets, p.attachments(), p.blobs(), p.sniffer(), authors, audit,
                        p.ids(), p.clock()),
                new ListAttachments(p.transactions(), targets, p.attachments()),
                new ListSharedFiles(p.transactions(), p.attachments()),
                getAttachment,
                new IssueDownloadLink(getAttachment, links, p.clock()),
                new IssueSharedDownloadLink(p.transactions(), p.attachments(), targets, links, p.clock()),
                new OpenDownload(p.transactions(), p.attachments(), p.blobs(), links, p.clock()),
                new RemoveOrphanedBlobs(p.transactions(), p.tenants(), p.attachments(), p.blobs(), p.clock()));
    }
}
