package org.clientportal.adapters.persistence.apikey;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ApiKeysRecord;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between api_keys rows and {@link ApiKey}. */
final class ApiKeyRows {

    private ApiKeyRows() {
    }

    static ApiKeysRecord toRecord(ApiKey key) {
        ApiKeysRecord record = new ApiKeysRecord();
        record.setTenantId(key.tenantId().value());
        record.setId(key.id().value());
        record.setName(key.name());
        record.setRole(Lifecycle.wireName(key.role()));
        record.setSecretDigest(key.secretDigest());
        record.setCreatedBy(key.createdBy());
        record.setCreatedAt(key.createdAt());
        record.setLastUsedAt(key.lastUsedAt().orElse(null));
        record.setRevokedAt(key.revokedAt().orElse(null));
        return record;
    }

    static ApiKey toApiKey(ApiKeysRecord record) {
        return new ApiKey(new ApiKeyId(record.getId()), new TenantId(record.getTenantId()), record.getName(),
                StatusNames.parse(Role.class, record.getRole()), record.getSecretDigest(), record.getCreatedBy(),
                record.getCreatedAt(), Optional.ofNullable(record.getLastUsedAt()),
                Optional.ofNullable(record.getRevokedAt()));
    }
}
