package org.clientportal.application.apikey;

import java.time.Duration;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.access.ApiKey;

/**
 * Resolves a bearer key to its tenant and role: the digest is looked up by index inside the tenant
 * the key names. The last-used time is written at most once a minute, not on every request.
 */
public final class AuthenticateApiKey {

    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final String FAILURE = "The API key is unknown or revoked";

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
        ApiKeyToken token = ApiKeyToken.parse(bearer).orElseThrow(() -> new AuthenticationFailed(FAILURE));
        String digest = digests.sha256(token.value());
        ApiKey key = transactions.inTenant(token.tenantId(), () -> {
            ApiKey found = keys.findByDigest(token.tenantId(), digest)
                    .filter(k -> !k.isRevoked())
                    .orElseThrow(() -> new AuthenticationFailed(FAILURE));
            boolean stale = found.lastUsedAt().map(at -> at.plus(USE_RECORDING_INTERVAL).isBefore(clock.now())).orElse(true);
            if (stale) {
                keys.markUsed(token.tenantId(), found.id(), clock.now());
            }
            return found;
        });
        return new Actor(key.tenantId(), Principal.apiKey(key.id()), key.role(), requestId);
    }
}
