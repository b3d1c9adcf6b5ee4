package org.clientportal.application.queue;

import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.queue.QueueItem;

/** Lists what needs an operator now, most urgent first, without what operators acknowledged or snoozed. */
public final class GetQueue {

    public static final Listing<QueueOrder> LISTING = new Listing<>("queue", QueueOrder.class,
            Sort.ascending(QueueOrder.URGENCY));

    private final Transactions transactions;
    private final QueueItems items;

    GetQueue(Transactions transactions, QueueItems items) {
        this.transactions = transactions;
        this.items = items;
    }

    public Page<QueueItem> execute(Actor actor, PageInput input) {
        actor.require(Permission.READ);
        PageRequest<QueueOrder> page = LISTING.request(input, actor.tenantId(), "");
        Listing.requireAscending(page, "most urgent first: leave sort out, or send sort=urgency");
        return transactions.inTenant(actor.tenantId(), () -> Page.fromOverfetch(
                items.after(actor.tenantId(), page.after(), page.limit() + 1), page, QueueItems::positionOf));
    }
}
