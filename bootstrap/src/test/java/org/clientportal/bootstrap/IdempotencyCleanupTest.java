package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.fakes.InMemoryTransactions;
import org.clientportal.application.fakes.ReversedDigests;
import org.clientportal.application.idempotency.IdempotencyRecord;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.Test;

class IdempotencyCleanupTest {

    /** Records whose first expiry fails (the database away for a moment) and whose later ones count. */
    private static final class FlakyRecords implements IdempotencyRecords {

        final AtomicInteger attempts = new AtomicInteger();
        final CountDownLatch secondPass = new CountDownLatch(2);

        @Override
        public boolean tryReserve(TenantId tenant, String principal, String key) {
            return true;
        }

        @Override
        public Optional<IdempotencyRecord> find(TenantId tenant, String principal, String key, Instant notBefore) {
            return Optional.empty();
        }

        @Override
        public void save(TenantId tenant, String principal, String key, IdempotencyRecord record) {
        }

        /** Counts the pass before it is seen: the test reads the count as soon as the latch opens. */
        @Override
        public long expire(Instant before) {
            int attempt = attempts.incrementAndGet();
            secondPass.countDown();
            if (attempt == 1) {
                throw new IllegalStateException("the database is briefly away");
            }
            return 0;
        }
    }

    @Test
    void aFailedPass_doesNotEndTheSchedule_theNextPassRuns() throws InterruptedException {
        FlakyRecords records = new FlakyRecords();
        IdempotentRequests requests = new IdempotentRequests(new InMemoryTransactions(), records, new ReversedDigests(),
                new FixedClock(), Duration.ofHours(24));

        try (IdempotencyCleanup cleanup = IdempotencyCleanup.start(requests, Duration.ofMillis(10), Duration.ofMillis(50))) {
            assertThat(records.secondPass.await(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(records.attempts.get()).isGreaterThanOrEqualTo(2);
    }
}
