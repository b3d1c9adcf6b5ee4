package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class IdempotencyRecordsContract extends StorageContract {

    private static final String PRINCIPAL = "operator:ada";
    private static final String KEY = "7f1c-retry-me";
    private static final RecordedResponse CREATED =
            new RecordedResponse(201, "{\"id\":\"c-1\"}", Map.of("ETag", "\"1\"", "Location", "/c-1"));

    @Test
    void aFreeKey_canBeReserved_againAndAgainWithinOneTransaction() {
        TenantId tenant = newTenant();

        assertThat(inTenant(tenant, () -> ports.idempotencyRecords().tryReserve(tenant, PRINCIPAL, KEY)
                && ports.idempotencyRecords().tryReserve(tenant, PRINCIPAL, KEY))).isTrue();
    }

    @Test
    void aSavedAnswer_isFound_withItsFingerprintStatusBodyAndHeaders() {
        TenantId tenant = newTenant();
        save(tenant, PRINCIPAL, new IdempotencyRecord("fp-1", CREATED, at(0)));

        assertThat(find(tenant, PRINCIPAL, 0)).contains(new IdempotencyRecord("fp-1", CREATED, at(0)));
    }

    @Test
    void anAnswerRecordedBeforeTheRetentionStarts_isNotFound_andCanBeReplaced() {
        TenantId tenant = newTenant();
        save(tenant, PRINCIPAL, new IdempotencyRecord("fp-old", CREATED, at(0)));

        assertThat(find(tenant, PRINCIPAL, 1)).isEmpty();
        save(tenant, PRINCIPAL, new IdempotencyRecord("fp-new", CREATED, at(2)));
        assertThat(find(tenant, PRINCIPAL, 1)).map(IdempotencyRecord::fingerprint).contains("fp-new");
    }

    @Test
    void anAnswerSavedInATransactionThatFails_isNotKept() {
        TenantId tenant = newTenant();

        assertThatThrownBy(() -> inTenant(tenant, () -> {
            ports.idempotencyRecords().save(tenant, PRINCIPAL, KEY, new IdempotencyRecord("fp-1", CREATED, at(0)));
            throw new IllegalStateException("the request failed after its answer was written");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(find(tenant, PRINCIPAL, 0)).isEmpty();
    }

    @Test
    void keys_belongToOnePrincipalOfOneTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        save(tenant, PRINCIPAL, new IdempotencyRecord("fp-1", CREATED, at(0)));

        assertThat(find(tenant, "api-key:ci", 0)).isEmpty();
        assertThat(find(other, PRINCIPAL, 0)).isEmpty();
    }

    @Test
    void expiring_deletesOldAnswersOfEveryTenant_andKeepsNewerOnes() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        save(tenant, PRINCIPAL, new IdempotencyRecord("fp-old", CREATED, at(-600)));
        save(other, PRINCIPAL, new IdempotencyRecord("fp-old", CREATED, at(-600)));
        save(tenant, "api-key:ci", new IdempotencyRecord("fp-new", CREATED, at(10)));

        long expired = ports.transactions().outsideTenant(() -> ports.idempotencyRecords().expire(at(-599)));

        assertThat(expired).isGreaterThanOrEqualTo(2);
        assertThat(find(tenant, PRINCIPAL, -700)).isEmpty();
        assertThat(find(other, PRINCIPAL, -700)).isEmpty();
        assertThat(find(tenant, "api-key:ci", -700)).isPresent();
    }

    private void save(TenantId tenant, String principal, IdempotencyRecord record) {
        inTenant(tenant, () -> ports.idempotencyRecords().save(tenant, principal, KEY, record));
    }

    /** The answer to key {@value #KEY} recorded at or after minute {@code notBefore}. */
    private java.util.Optional<IdempotencyRecord> find(TenantId tenant, String principal, int notBefore) {
        return inTenant(tenant, () -> ports.idempotencyRecords().find(tenant, principal, KEY, at(notBefore)));
    }
}
