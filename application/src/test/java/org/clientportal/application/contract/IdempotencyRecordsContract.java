package org.clientportal.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.clientportal.application.idempotency.IdempotencyClaim;
import org.clientportal.application.idempotency.RecordedResponse;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

public abstract class IdempotencyRecordsContract extends StorageContract {

    private static final String PRINCIPAL = "operator:ada";
    private static final String KEY = "7f1c-retry-me";

    @Test
    void aFreeKey_isClaimed() {
        TenantId tenant = newTenant();

        assertThat(claim(tenant, PRINCIPAL, "fp-1", at(0))).isEqualTo(new IdempotencyClaim.Claimed());
    }

    @Test
    void aKeyStillRunning_isReportedInProgress_withTheFirstFingerprint() {
        TenantId tenant = newTenant();
        claim(tenant, PRINCIPAL, "fp-1", at(0));

        assertThat(claim(tenant, PRINCIPAL, "fp-2", at(1))).isEqualTo(new IdempotencyClaim.InProgress("fp-1"));
    }

    @Test
    void aCompletedKey_answersTheRecordedResponse() {
        TenantId tenant = newTenant();
        claim(tenant, PRINCIPAL, "fp-1", at(0));
        RecordedResponse response = new RecordedResponse(201, "{\"id\":\"c-1\"}", Map.of("ETag", "\"1\""));
        inTenant(tenant, () -> ports.idempotencyRecords().complete(tenant, PRINCIPAL, KEY, response));

        assertThat(claim(tenant, PRINCIPAL, "fp-1", at(60)))
                .isEqualTo(new IdempotencyClaim.Completed("fp-1", response));
    }

    @Test
    void aStaleClaim_isTakenOver_byTheNextRequest() {
        TenantId tenant = newTenant();
        claim(tenant, PRINCIPAL, "fp-dead", at(0));

        IdempotencyClaim takeover = claim(tenant, PRINCIPAL, "fp-new", at(10));

        assertThat(takeover).isEqualTo(new IdempotencyClaim.Claimed());
        assertThat(claim(tenant, PRINCIPAL, "fp-other", at(11))).isEqualTo(new IdempotencyClaim.InProgress("fp-new"));
    }

    @Test
    void aReleasedKey_canBeClaimedAgain() {
        TenantId tenant = newTenant();
        claim(tenant, PRINCIPAL, "fp-1", at(0));

        inTenant(tenant, () -> ports.idempotencyRecords().release(tenant, PRINCIPAL, KEY));

        assertThat(claim(tenant, PRINCIPAL, "fp-2", at(1))).isEqualTo(new IdempotencyClaim.Claimed());
    }

    @Test
    void keys_belongToOnePrincipalOfOneTenant() {
        TenantId tenant = newTenant();
        TenantId other = newTenant();
        claim(tenant, PRINCIPAL, "fp-1", at(0));

        assertThat(claim(tenant, "api-key:ci", "fp-1", at(0))).isEqualTo(new IdempotencyClaim.Claimed());
        assertThat(claim(other, PRINCIPAL, "fp-1", at(0))).isEqualTo(new IdempotencyClaim.Claimed());
    }

    /** Claims of key {@value #KEY}; a claim older than five minutes counts as stale. */
    private IdempotencyClaim claim(TenantId tenant, String principal, String fingerprint, Instant now) {
        return inTenant(tenant, () -> ports.idempotencyRecords()
                .claim(tenant, principal, KEY, fingerprint, now, now.minusSeconds(300)));
    }
}
