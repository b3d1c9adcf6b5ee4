package org.clientportal.adapters.persistence.apikey;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.adapters.persistence.generated.tables.records.ApiKeysRecord;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between api_keys rows and {@link ApiKey}. */
final class ApiKeyRows {

    /** created_by holds the creator as the audit names them. */
    private static final String CREATOR_PREFIX = "operator:";

    private ApiKeyRows() {
    }

    static String creatorName(OperatorId operator) {
        return CREATOR_PREFIX + operator;
    }

    private static OperatorId creator(String createdBy) {
        return OperatorId.parse(createdBy.substring(CREATOR_PREFIX.length()));
    }

    /** A name the table's check admits is always a scope. */
    private static Set<ApiKeyScope> scopes(String[] names) {
        return Arrays.stream(names).map(name -> ApiKeyScope.of(name).orElseThrow(
                () -> new IllegalStateException("not a scope: " + name))).collect(Collectors.toSet());
    }

    static ApiKeysRecord toRecord(ApiKey key) {
        ApiKeysRecord record = new ApiKeysRecord();
        record.setTenantId(key.tenantId().value());
        record.setId(key.id().value());
        record.setName(key.name());
        record.setRole(Lifecycle.wireName(key.role()));
        record.setScopes(key.scopes().stream().map(ApiKeyScope::wireName).sorted().toArray(String[]::new));
        record.setSecretDigest(key.secretDigest());
        record.setCreatedBy(creatorName(key.createdBy()));
        record.setExpiresAt(key.expiresAt().orElse(null));
        record.setCreatedAt(key.createdAt());
        record.setLastUsedAt(key.lastUsedAt().orElse(null));
        record.setRevokedAt(key.revokedAt().orElse(null));
        return record;
    }

    static ApiKey toApiKey(ApiKeysRecord record) {
        return new ApiKey(new ApiKeyId(record.getId()), new TenantId(record.getTenantId()), record.getName(),
                StatusNames.parse(Role.class, record.getRole()), scopes(record.getScopes()), record.getSecretDigest(),
                creator(record.getCreatedBy()),
                record.getCreatedAt(), Optional.ofNullable(record.getExpiresAt()), Optional.ofNullable(record.getLastUsedAt()),
                Optional.ofNullable(record.getRevokedAt()));
    }
}
