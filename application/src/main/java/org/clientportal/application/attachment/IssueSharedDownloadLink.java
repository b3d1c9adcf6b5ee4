package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.shared.NotFound;

/**
 * A contact gets a short-lived link to an attachment they may see: one of their own client whose
 * parent is shared with them ({@link AttachmentTargets#isShared}). Any other is not found, like one
 * that does not exist. The portal transaction's row-level security admits only attachments whose
 * parent the client sees, so a slip in either reading still shows nothing.
 */
public final class IssueSharedDownloadLink {

    private final Transactions transactions;
    private final AttachmentRepository attachments;
    private final AttachmentTargets targets;
    private final DownloadLinks links;
    private final Clock clock;

    public IssueSharedDownloadLink(Transactions transactions, AttachmentRepository attachments,
                                   AttachmentTargets targets, DownloadLinks links, Clock clock) {
        this.transactions = transactions;
        this.attachments = attachments;
        this.targets = targets;
        this.links = links;
        this.clock = clock;
    }

    public DownloadLink execute(Actor actor, String attachmentId) {
        PortalScope scope = PortalScope.of(actor);
        AttachmentId id = AttachmentId.parse(attachmentId);
        Attachment attachment = transactions.inPortal(scope, () -> attachments.find(scope.tenantId(), id)
                .filter(a -> a.clientId().equals(scope.clientId()) && targets.isShared(scope, a.parent()))
                .orElseThrow(() -> new NotFound("attachment", attachmentId)));
        return links.issue(attachment.tenantId(), attachment.id(), clock.now());
    }
}
