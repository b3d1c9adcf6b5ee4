package org.clientportal.application.apikey;

import java.time.Duration;
import java.time.Instant;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.ApiKeyRepository.IssuedKey;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.TenantToken;
import org.clientportal.domain.access.ApiKey;

/**
 * Resolves a bearer key to its tenant and role: the digest is looked up by index inside the tenant
 * the key names, with the issuer's current role, in one statement and no transaction (this runs on
 * every request with a key). A key acts with its own role capped by its creator's current one, and stops
 * working when it expires, is revoked, or its creator is removed. The last-used time is written at
 * most once a minute, not on every request.
 */
public final class AuthenticateApiKey {

    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final String FAILURE = "The API key is unknown, revoked or expired";

    private final Transactions transactions;
    private final ApiKeyRepository keys;
    private final Digests digests;
    private final Clock clock;

    public AuthenticateApiKey(Transactions transactions, ApiKeyRepository keys, Digests digests, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.digests = digests;
        this.clock = clock;
    }

    public Actor execute(String bearer, String requestId) {
        TenantToken token = TenantToken.parse(TenantToken.API_KEY, bearer).orElseThrow(() -> new AuthenticationFailed(FAILURE));
        String digest = digests.sha256(token.value());
        Instant now = clock.now();
        IssuedKey issued = transactions.singleStatement(() -> keys.findForAuthentication(token.tenantId(), digest))
                .filter(found -> found.key().isUsableAt(now))
                .orElseThrow(() -> new AuthenticationFailed(FAILURE));
        ApiKey key = issued.key();
        boolean stale = key.lastUsedAt().map(at -> at.plus(USE_RECORDING_INTERVAL).isBefore(now)).orElse(true);
        if (stale) {
            transactions.inTenant(key.tenantId(), () -> {
                keys.markUsed(key.tenantId(), key.id(), now);
                return null;
            });
        }
        return new Actor(key.tenantId(),
                new Principal.ApiKey(key.id(), key.effectiveRole(issued.issuerRole()), key.scopes(), key.createdBy()),
                requestId);
    }
}
