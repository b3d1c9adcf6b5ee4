package org.clientportal.application.notification;

import java.util.Optional;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.notification.NotificationState;
import org.clientportal.domain.notification.NotificationType;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;

/** The agency's events for the hub, newest first, each with where its delivery stands. */
public final class ListNotifications {

    public static final Listing<NotificationSort> LISTING =
            new Listing<>("notifications", NotificationSort.class, Sort.descending(NotificationSort.CREATED_AT));

    private final Transactions transactions;
    private final Outbox outbox;

    ListNotifications(Transactions transactions, Outbox outbox) {
        this.transactions = transactions;
        this.outbox = outbox;
    }

    public Page<OutboxEntry> execute(Actor actor, String state, String type, PageInput input) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<NotificationState> inState = v.optional("state", state,
                raw -> StatusNames.parse(NotificationState.class, raw));
        Optional<NotificationType> ofType = v.optional("type", type, raw -> NotificationType.of(raw).orElseThrow(
                () -> new IllegalArgumentException("is not an event type")));
        v.done();
        NotificationSearch search = new NotificationSearch(inState, ofType);
        PageRequest<NotificationSort> page = LISTING.request(input, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> outbox.search(actor.tenantId(), search, page));
    }
}
