package org.clientportal.application.attachment;

import org.clientportal.application.port.Clock;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.attachment.Attachment;

/** An operator gets a short-lived link to an attachment's content, to hand to a browser. */
public final class IssueDownloadLink {

    private final GetAttachment getAttachment;
    private final DownloadLinks links;
    private final Clock clock;

    public IssueDownloadLink(GetAttachment getAttachment, DownloadLinks links, Clock clock) {
        this.getAttachment = getAttachment;
        this.links = links;
        this.clock = clock;
    }

    public DownloadLink execute(Actor actor, String attachmentId) {
        Attachment attachment = getAttachment.execute(actor, attachmentId);
        return links.issue(attachment.tenantId(), attachment.id(), clock.now());
    }
}
