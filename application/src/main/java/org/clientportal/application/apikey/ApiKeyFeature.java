package org.clientportal.application.apikey;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.Transactions;

/** API keys for scripts and integrations: issue, list, revoke, and resolving a bearer key. */
public record ApiKeyFeature(CreateApiKey createApiKey, ListApiKeys listApiKeys, RevokeApiKey revokeApiKey,
                            AuthenticateApiKey authenticateApiKey) {

    public static ApiKeyFeature wire(Transactions transactions, ApiKeyRepository apiKeys, AuditRecorder audit,
                                     SecretSource secrets, Digests digests, IdSource ids, Clock clock) {
        return new ApiKeyFeature(
                new CreateApiKey(transactions, apiKeys, audit, secrets, digests, ids, clock),
                new ListApiKeys(transactions, apiKeys),
                new RevokeApiKey(transactions, apiKeys, audit, clock),
                new AuthenticateApiKey(transactions, apiKeys, digests, clock));
    }
}
