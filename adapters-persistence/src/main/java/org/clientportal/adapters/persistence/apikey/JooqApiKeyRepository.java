package org.clientportal.adapters.persistence.apikey;

import static org.clientportal.adapters.persistence.generated.Tables.API_KEYS;
import static org.clientportal.adapters.persistence.generated.Tables.API_KEY_WITH_ISSUER_ROLE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ApiKeysRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.apikey.ApiKeySort;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;
import org.jooq.impl.DSL;

public final class JooqApiKeyRepository implements ApiKeyRepository {

    /**
     * Written out rather than built: it runs on every request with a key, and jOOQ's rendering of the
     * function call cost as much as the rest of authentication.
     */
    private static final String AUTHENTICATION = "select * from portal.api_key_with_issuer_role(?, ?)";

    @Override
    public void add(ApiKey key) {
        CurrentTransaction.dsl().insertInto(API_KEYS).set(ApiKeyRows.toRecord(key)).execute();
    }

    @Override
    public Optional<ApiKey> find(TenantId tenant, ApiKeyId id) {
        return findWhere(tenant, API_KEYS.ID.eq(id.value()));
    }

    /** One call of portal.api_key_with_issuer_role (V22), served by the unique index on the digest. */
    @Override
    public Optional<IssuedKey> findForAuthentication(TenantId tenant, String secretDigest) {
        return CurrentTransaction.dsl().resultQuery(AUTHENTICATION, tenant.value(), secretDigest)
                .coerce(API_KEY_WITH_ISSUER_ROLE)
                .fetchOptional(row -> new IssuedKey(ApiKeyRows.toApiKey(row.into(API_KEYS)),
                        StatusNames.parse(Role.class, row.getIssuerRole())));
    }

    /** An agency holds few keys: its rows are found by the primary key's tenant prefix and sorted, no order index. */
    @Override
    public Page<ApiKey> list(TenantId tenant, PageRequest<ApiKeySort> page) {
        SortColumn<ApiKeysRecord, ?> column = switch (page.sort().field()) {
            case CREATED_AT -> SortColumn.time(API_KEYS.CREATED_AT);
            case NAME -> SortColumn.text(API_KEYS.NAME);
        };
        Keyset<ApiKeysRecord> keyset = new Keyset<>(column, API_KEYS.ID, page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(API_KEYS)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()))).fetch()).map(ApiKeyRows::toApiKey);
    }

    /** A key revoked twice keeps its first revocation time. */
    @Override
    public List<ApiKey> unrevokedIssuedBy(TenantId tenant, OperatorId operator) {
        return CurrentTransaction.dsl().selectFrom(API_KEYS)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()), API_KEYS.CREATED_BY.eq(ApiKeyRows.creatorName(operator)),
                        API_KEYS.REVOKED_AT.isNull())
                .fetch(ApiKeyRows::toApiKey);
    }

    @Override
    public void markRevoked(ApiKey key) {
        Instant revokedAt = key.revokedAt()
                .orElseThrow(() -> new IllegalArgumentException("the API key " + key.id() + " is not revoked"));
        CurrentTransaction.dsl().update(API_KEYS)
                .set(API_KEYS.REVOKED_AT, DSL.coalesce(API_KEYS.REVOKED_AT, DSL.val(revokedAt)))
                .where(API_KEYS.TENANT_ID.eq(key.tenantId().value()), API_KEYS.ID.eq(key.id().value()))
                .execute();
    }

    @Override
    public void markUsed(TenantId tenant, ApiKeyId id, Instant at) {
        CurrentTransaction.dsl().update(API_KEYS)
                .set(API_KEYS.LAST_USED_AT, at)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()), API_KEYS.ID.eq(id.value()))
                .execute();
    }

    private Optional<ApiKey> findWhere(TenantId tenant, Condition condition) {
        return CurrentTransaction.dsl().selectFrom(API_KEYS)
                .where(API_KEYS.TENANT_ID.eq(tenant.value()), condition)
                .fetchOptional(ApiKeyRows::toApiKey);
    }
}
