package org.clientportal.application.attachment;

import java.util.List;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.operator.Permission;

/**
 * The files of a task, ask, update or comment, oldest first (at most {@link Attachment#MAX_PER_PARENT}):
 * an operator's of any of the agency's, a contact's of one shared with their client.
 */
public final class ListAttachments {

    private final Transactions transactions;
    private final AttachmentTargets targets;
    private final AttachmentRepository attachments;

    public ListAttachments(Transactions transactions, AttachmentTargets targets, AttachmentRepository attachments) {
        this.transactions = transactions;
        this.targets = targets;
        this.attachments = attachments;
    }

    public List<Attachment> execute(Actor actor, ParentKind kind, String reference) {
        if (!(actor.principal() instanceof Principal.Contact)) {
            actor.require(Permission.READ);
        }
        return transactions.forActor(actor, () -> attachments.ofParent(actor.tenantId(),
                targets.find(actor, kind, reference).parent()));
    }
}
