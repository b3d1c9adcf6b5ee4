package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** An operator reads what is known of an attachment (not its content). */
public final class GetAttachment {

    private final Transactions transactions;
    private final AttachmentRepository attachments;

    public GetAttachment(Transactions transactions, AttachmentRepository attachments) {
        this.transactions = transactions;
        this.attachments = attachments;
    }

    public Attachment execute(Actor actor, String attachmentId) {
        actor.require(Permission.READ);
        AttachmentId id = AttachmentId.parse(attachmentId);
        return transactions.inTenant(actor.tenantId(), () -> attachments.find(actor.tenantId(), id)
                .orElseThrow(() -> new NotFound("attachment", attachmentId)));
    }
}
