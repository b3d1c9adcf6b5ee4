package org.clientportal.application.port;

import org.clientportal.application.notification.NotificationSearch;
import org.clientportal.application.notification.NotificationSort;
import org.clientportal.application.notification.OutboxEntry;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.notification.Notification;
import org.clientportal.domain.shared.TenantId;

/** The transactional outbox: events written in the transaction of the change they tell of, pending until delivered. */
public interface Outbox {

    void add(Notification notification);

    /** The tenant's events matching the filters, in the requested order (ties by id), after the request's position. */
    Page<OutboxEntry> search(TenantId tenant, NotificationSearch search, PageRequest<NotificationSort> page);
}
