package org.clientportal.application.docs;

import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.docs.DocsEventType;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.shared.Validation;

/**
 * A verified Klevar Docs webhook event updates the agency's copy, once per event id: a replay
 * changes nothing and is answered as taken, so that Docs stops retrying. An event of an unknown type,
 * or with a field that is wrong, is refused whole.
 */
public final class ReceiveDocsEvent {

    public static final int EVENT_ID_MAX = 100;

    private final Transactions transactions;
    private final DocsRepository records;
    private final DocsCache cache;
    private final Clock clock;

    ReceiveDocsEvent(Transactions transactions, DocsRepository records, DocsCache cache, Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.cache = cache;
        this.clock = clock;
    }

    /** What an event did, and to which record (none for a replay). */
    public record Receipt(String eventId, DocsOutcome outcome, Optional<DocsRecord> record) {
    }

    public Receipt execute(VerifiedWebhook webhook, DocsEventInput event, String requestId) {
        Validation v = new Validation();
        String id = v.requiredText("id", event.id(), EVENT_ID_MAX);
        DocsEventType type = v.required("type", event.type(), raw -> DocsEventType.of(raw).orElseThrow(
                () -> new IllegalArgumentException("must be one of " + DocsEventType.known())));
        Instant occurredAt = v.required("occurredAt", event.occurredAt(), Dates::instant);
        v.done();
        DocsFacts facts = DocsFactsParser.parse(v, "data.", event.data(), type.kind(), type.status(), occurredAt);
        v.done();
        Actor docs = new Actor(webhook.tenantId(), new Principal.Integration(ConfigureDocsIntegration.SERVICE),
                requestId);
        return transactions.inTenant(webhook.tenantId(), () -> {
            if (!records.firstDelivery(webhook.tenantId(), id, type.wireName(), clock.now())) {
                return new Receipt(id, DocsOutcome.DUPLICATE, Optional.empty());
            }
            DocsCache.Told told = cache.tell(docs, facts, type.wireName() + " " + id);
            return new Receipt(id, told.outcome(), Optional.of(told.record()));
        });
    }
}
