package org.clientportal.application.audit;

import java.util.Optional;
import java.util.UUID;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Listing;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.audit.AuditEvent;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.queue.QueueItemId;
import org.clientportal.domain.shared.Ids;
import org.clientportal.domain.shared.Validation;

/** Reads the audit trail, newest first unless sorted otherwise, optionally for one entity type or one record. */
public final class ListAuditEvents {

    public static final Listing<AuditSort> LISTING =
            new Listing<>("audit-events", AuditSort.class, Sort.descending(AuditSort.AT));

    private final Transactions transactions;
    private final AuditTrail trail;

    public ListAuditEvents(Transactions transactions, AuditTrail trail) {
        this.transactions = transactions;
        this.trail = trail;
    }

    public Page<AuditEvent> execute(Actor actor, String entityType, String entityId, PageInput pageInput) {
        actor.require(Permission.READ);
        Validation v = new Validation();
        Optional<String> type = v.optional("entityType", entityType, EntityTypes::parse);
        Optional<String> id = v.optional("entityId", entityId, ListAuditEvents::recordId);
        v.done();
        AuditSearch search = new AuditSearch(type, id);
        PageRequest<AuditSort> page = LISTING.request(pageInput, actor.tenantId(), search.canonical());
        return transactions.inTenant(actor.tenantId(), () -> trail.search(actor.tenantId(), search, page));
    }

    /**
     * Every audited record has a UUID for its id, and a queue item the id the queue gives it;
     * anything else could match nothing, so it is bad input.
     */
    private static String recordId(String raw) {
        Optional<String> record = Ids.tryParse(raw).map(UUID::toString);
        if (record.isPresent()) {
            return record.get();
        }
        try {
            return QueueItemId.parse(raw.strip()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a record id (a UUID) or a queue item's id");
        }
    }
}
