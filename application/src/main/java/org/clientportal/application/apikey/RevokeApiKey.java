package org.clientportal.application.apikey;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.NotFound;

/** Revokes a key at once; revoking it again changes nothing. */
public final class RevokeApiKey {

    private final Transactions transactions;
    private final ApiKeyRepository keys;
    private final AuditRecorder audit;
    private final Clock clock;

    public RevokeApiKey(Transactions transactions, ApiKeyRepository keys, AuditRecorder audit, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    public void execute(Actor actor, String keyId) {
        actor.require(Permission.MANAGE_API_KEYS);
        ApiKeyId id = ApiKeyId.parse(keyId);
        transactions.inTenant(actor.tenantId(), () -> {
            ApiKey before = keys.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("api key", keyId));
            if (before.isRevoked()) {
                return before;
            }
            ApiKey after = before.revoked(clock.now());
            keys.markRevoked(after);
            audit.changed(actor, "api-key.revoked", "api-key", id, Snapshots.of(before), Snapshots.of(after));
            return after;
        });
    }
}
