package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.clientportal.application.apikey.ApiKeySort;
import org.clientportal.application.port.ApiKeyRepository.IssuedKey;
import org.clientportal.application.shared.Cursor;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.Sort;
import org.clientportal.domain.access.ApiKey;
import org.clientportal.domain.access.ApiKeyId;
import org.clientportal.domain.access.ApiKeyScope;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class ApiKeyRepositoryContract extends StorageContract {

    @Test
    void addedKey_isFoundById_andForAuthenticationWithItsIssuersCurrentRole() {
        TenantId tenant = newTenant();
        Operator issuer = operator(tenant, Role.ADMIN);
        ApiKey key = key(tenant, "CI deploys", Role.MEMBER, issuer.id());

        inTenant(tenant, () -> ports.apiKeys().add(key));

        assertThat(inTenant(tenant, () -> ports.apiKeys().find(tenant, key.id()))).contains(key);
        assertThat(authenticating(tenant, key.secretDigest())).contains(new IssuedKey(key, Role.ADMIN));
        inTenant(tenant, () -> ports.operators().update(issuer.withRole(Role.VIEWER, at(1)), issuer.version()));
        assertThat(authenticating(tenant, key.secretDigest())).contains(new IssuedKey(key, Role.VIEWER));
        assertThat(authenticating(tenant, randomDigest())).isEmpty();
    }

    @Test
    void aKeyWhoseIssuerIsRemoved_isNotFoundForAuthentication() {
        TenantId tenant = newTenant();
        Operator issuer = operator(tenant, Role.MEMBER);
        ApiKey key = key(tenant, "Orphan", Role.MEMBER, issuer.id());
        inTenant(tenant, () -> ports.apiKeys().add(key));

        inTenant(tenant, () -> ports.operators().remove(tenant, issuer.id()));

        assertThat(authenticating(tenant, key.secretDigest())).isEmpty();
    }

    @Test
    void anotherTenantsKey_isNotFound_evenByItsDigest() {
        TenantId mine = newTenant();
        TenantId theirs = newTenant();
        ApiKey stranger = key(theirs, "Theirs", Role.ADMIN, operator(theirs, Role.OWNER).id());
        inTenant(theirs, () -> ports.apiKeys().add(stranger));

        assertThat(inTenant(mine, () -> ports.apiKeys().find(mine, stranger.id()))).isEmpty();
        assertThat(authenticating(mine, stranger.secretDigest())).isEmpty();
        assertThat(authenticating(theirs, stranger.secretDigest())).isPresent();
        assertThat(list(mine, Sort.descending(ApiKeySort.CREATED_AT), 10, Optional.empty()).items()).isEmpty();
    }

    @Test
    void list_isNewestFirst_revokedKeysIncluded() {
        TenantId tenant = newTenant();
        ApiKey older = key(tenant, "Older", Role.VIEWER);
        ApiKey newer = key(tenant, "Newer", Role.ADMIN);
        inTenant(tenant, () -> {
            ports.apiKeys().add(older);
            ports.apiKeys().add(newer);
            ports.apiKeys().markRevoked(older.revoked(at(5)));
        });

        List<ApiKey> listed = list(tenant, Sort.descending(ApiKeySort.CREATED_AT), 10, Optional.empty()).items();

        assertThat(listed).containsExactly(newer, older.revoked(at(5)));
    }

    @Test
    void list_byNameOrCreatedAt_inPages() {
        TenantId tenant = newTenant();
        ApiKey deploys = key(tenant, "deploys", 3);
        ApiKey backups = key(tenant, "Backups", 1);
        ApiKey crm = key(tenant, "CRM sync", 2);
        inTenant(tenant, () -> List.of(deploys, backups, crm).forEach(ports.apiKeys()::add));

        assertThat(allPages(c -> list(tenant, Sort.ascending(ApiKeySort.NAME), 2, c)))
                .containsExactly(List.of(backups, crm), List.of(deploys));
        assertThat(allPages(c -> list(tenant, Sort.descending(ApiKeySort.CREATED_AT), 2, c)))
                .containsExactly(List.of(deploys, crm), List.of(backups));
        assertThat(allPages(c -> list(tenant, Sort.ascending(ApiKeySort.CREATED_AT), 1, c)))
                .containsExactly(List.of(backups), List.of(crm), List.of(deploys));
    }

    @Test
    void markRevoked_recordsWhenTheKeyWasRevoked() {
        TenantId tenant = newTenant();
        ApiKey key = key(tenant, "Leaked", Role.MEMBER);
        inTenant(tenant, () -> ports.apiKeys().add(key));

        inTenant(tenant, () -> ports.apiKeys().markRevoked(key.revoked(at(7))));

        ApiKey found = inTenant(tenant, () -> ports.apiKeys().find(tenant, key.id())).orElseThrow();
        assertThat(found.revokedAt()).contains(at(7));
        assertThat(found.isRevoked()).isTrue();
    }

    @Test
    void unrevokedIssuedBy_findsTheKeysOfThatIssuerOnly_thatAreNotRevoked() {
        TenantId tenant = newTenant();
        OperatorId issuer = new OperatorId(newId());
        ApiKey live = key(tenant, "live", Role.MEMBER, issuer);
        ApiKey gone = key(tenant, "gone", Role.MEMBER, issuer);
        ApiKey others = key(tenant, "others", Role.MEMBER, new OperatorId(newId()));
        inTenant(tenant, () -> {
            ports.apiKeys().add(live);
            ports.apiKeys().add(gone);
            ports.apiKeys().add(others);
            ports.apiKeys().markRevoked(gone.revoked(at(1)));
        });

        assertThat(inTenant(tenant, () -> ports.apiKeys().unrevokedIssuedBy(tenant, issuer)))
                .extracting(ApiKey::name).containsExactly("live");
    }

    @Test
    void markUsed_recordsTheLastUse() {
        TenantId tenant = newTenant();
        ApiKey key = key(tenant, "Busy", Role.MEMBER);
        inTenant(tenant, () -> ports.apiKeys().add(key));

        inTenant(tenant, () -> ports.apiKeys().markUsed(tenant, key.id(), at(3)));
        inTenant(tenant, () -> ports.apiKeys().markUsed(tenant, key.id(), at(9)));

        ApiKey found = inTenant(tenant, () -> ports.apiKeys().find(tenant, key.id())).orElseThrow();
        assertThat(found.lastUsedAt()).contains(at(9));
        assertThat(found.revokedAt()).isEmpty();
    }

    private Optional<IssuedKey> authenticating(TenantId tenant, String digest) {
        return ports.transactions().singleStatement(() -> ports.apiKeys().findForAuthentication(tenant, digest));
    }

    private Operator operator(TenantId tenant, Role role) {
        String email = "issuer-" + newId() + "@agency.test";
        Operator issuer = Operator.create(new OperatorId(newId()), tenant, new EmailAddress(email), "Issuer", role,
                "$2a$10$hash-of-" + email, at(0));
        inTenant(tenant, () -> ports.operators().add(issuer));
        return issuer;
    }

    private Page<ApiKey> list(TenantId tenant, Sort<ApiKeySort> sort, int limit, Optional<Cursor> cursor) {
        return inTenant(tenant, () -> ports.apiKeys().list(tenant, page(tenant, sort, limit, cursor)));
    }

    private static ApiKey key(TenantId tenant, String name, int createdAtMinute) {
        return ApiKey.issue(new ApiKeyId(newId()), tenant, name, Role.MEMBER, Set.of(ApiKeyScope.FULL), randomDigest(),
                new OperatorId(newId()), at(createdAtMinute), Optional.empty());
    }

    private static ApiKey key(TenantId tenant, String name, Role role) {
        return key(tenant, name, role, new OperatorId(newId()));
    }

    private static ApiKey key(TenantId tenant, String name, Role role, OperatorId issuer) {
        return ApiKey.issue(new ApiKeyId(newId()), tenant, name, role, Set.of(ApiKeyScope.READ, ApiKeyScope.METRICS_WRITE),
                randomDigest(), issuer, at(0), Optional.empty());
    }

    /** Shaped like the lower-case hex SHA-256 the real digests produce. */
    private static String randomDigest() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
