package org.clientportal.application.attachment;

import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.shared.Sort;

/**
 * A contact lists every file they may open, newest first: those of the records the portal shows their
 * client. The repository's query admits only those, and the portal transaction's policies again.
 */
public final class ListSharedFiles {

    public static final Listing<FileSort> LISTING =
            new Listing<>("portal-files", FileSort.class, Sort.descending(FileSort.CREATED_AT));

    private final Transactions transactions;
    private final AttachmentRepository attachments;

    ListSharedFiles(Transactions transactions, AttachmentRepository attachments) {
        this.transactions = transactions;
        this.attachments = attachments;
    }

    public Page<SharedFile> execute(Actor actor, PageInput input) {
        PortalScope scope = PortalScope.of(actor);
        PageRequest<FileSort> page = LISTING.request(input, scope.tenantId(), "clientId=" + scope.clientId());
        return transactions.inPortal(scope, () -> attachments.sharedWith(scope.tenantId(), scope.clientId(), page));
    }
}
