package org.clientportal.application.port;

import org.clientportal.application.portal.FeedEntry;
import org.clientportal.application.portal.FeedSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * What the client may see happen across its projects: client-visible updates of shared projects,
 * client-visible comments and moves of client-visible tasks on them, their client-visible
 * milestones reached. Each entry's id is stable, so pages stay stable while entries arrive.
 */
public interface PortalFeed {

    Page<FeedEntry> of(TenantId tenant, ClientId client, PageRequest<FeedSort> page);
}
