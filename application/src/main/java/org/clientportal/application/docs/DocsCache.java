package org.clientportal.application.docs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsKind;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.shared.Lifecycle;

/**
 * Tells the agency's copy of a document or invoice what Docs says of it, within the caller's
 * transaction: a first word makes the record, a newer one replaces it, an older one changes nothing.
 * Each change is audited on the record, as whoever told it (the webhook, or the operator who pulled).
 */
final class DocsCache {

    private final DocsRepository records;
    private final ClientReferences references;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    DocsCache(DocsRepository records, ClientReferences references, AuditRecorder audit, IdSource ids, Clock clock) {
        this.records = records;
        this.references = references;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    record Told(DocsOutcome outcome, DocsRecord record) {
    }

    Told tell(Actor actor, DocsFacts facts, String cause) {
        Optional<ClientId> client = references.resolve(actor.tenantId(), facts.clientReference());
        Optional<DocsRecord> stored = records.lock(actor.tenantId(), facts.kind(), facts.externalId());
        if (stored.isEmpty()) {
            DocsRecord made = new DocsRecord(new DocsRecordId(ids.next()), actor.tenantId(), client, facts,
                    clock.now());
            records.add(made);
            audit.created(actor, entity(facts.kind()) + ".synced", entity(facts.kind()), made.id(),
                    snapshot(made, cause));
            return new Told(DocsOutcome.APPLIED, made);
        }
        Optional<DocsRecord> newer = stored.get().toldOf(client, facts, clock.now());
        if (newer.isEmpty()) {
            return new Told(DocsOutcome.UNCHANGED, stored.get());
        }
        records.update(newer.get());
        audit.changed(actor, entity(facts.kind()) + ".synced", entity(facts.kind()), newer.get().id(),
                snapshot(stored.get(), cause), snapshot(newer.get(), cause));
        return new Told(DocsOutcome.APPLIED, newer.get());
    }

    static String entity(DocsKind kind) {
        return Lifecycle.wireName(kind);
    }

    private static Map<String, Object> snapshot(DocsRecord r, String cause) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", r.facts().externalId());
        m.put("status", Lifecycle.wireName(r.facts().status()));
        m.put("clientReference", r.facts().clientReference());
        m.put("clientId", r.clientId().map(ClientId::toString).orElse(null));
        r.facts().number().ifPresent(n -> m.put("number", n));
        r.facts().amounts().ifPresent(a -> {
            m.put("currency", a.currency().getCurrencyCode());
            m.put("total", a.total().amount().toPlainString());
            m.put("amountDue", a.due().amount().toPlainString());
        });
        m.put("clientVisible", r.facts().clientVisible());
        m.put("asOf", r.facts().asOf().toString());
        m.put("cause", cause);
        return m;
    }
}
