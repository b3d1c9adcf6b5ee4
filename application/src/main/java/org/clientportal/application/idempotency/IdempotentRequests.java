package org.clientportal.application.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Makes a POST safe to retry. Before the work: claim the key (a repeat gets the first answer, a
 * different body under the same key is refused). After: record the answer, or free the key when
 * the work failed in a way worth retrying.
 */
public final class IdempotentRequests {

    public static final int KEY_MAX = 200;
    /** A claim older than this belongs to a request that died; its key may be used again. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final Transactions transactions;
    private final IdempotencyRecords records;
    private final Clock clock;

    public IdempotentRequests(Transactions transactions, IdempotencyRecords records, Clock clock) {
        this.transactions = transactions;
        this.records = records;
        this.clock = clock;
    }

    /** Empty: go ahead and run the request. Present: answer this recorded response instead. */
    public Optional<RecordedResponse> begin(Actor actor, String key, String fingerprint) {
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw ValidationFailed.of("Idempotency-Key", "must be 1-" + KEY_MAX + " characters");
        }
        Instant now = clock.now();
        IdempotencyClaim claim = transactions.inTenant(actor.tenantId(), () -> records.claim(actor.tenantId(),
                actor.principal().toString(), key, fingerprint, now, now.minus(ABANDONED_AFTER)));
        if (claim instanceof IdempotencyClaim.Completed completed) {
            requireSameRequest(completed.fingerprint(), fingerprint);
            return Optional.of(completed.response());
        }
        if (claim instanceof IdempotencyClaim.InProgress inProgress) {
            requireSameRequest(inProgress.fingerprint(), fingerprint);
            throw new DomainError(ErrorKind.CONFLICT, "idempotency-key-in-progress",
                    "A request with this Idempotency-Key is still being processed; retry shortly");
        }
        return Optional.empty();
    }

    public void finish(Actor actor, String key, RecordedResponse response) {
        transactions.inTenant(actor.tenantId(), () -> {
            records.complete(actor.tenantId(), actor.principal().toString(), key, response);
            return null;
        });
    }

    public void abandon(Actor actor, String key) {
        transactions.inTenant(actor.tenantId(), () -> {
            records.release(actor.tenantId(), actor.principal().toString(), key);
            return null;
        });
    }

    private static void requireSameRequest(String recorded, String fingerprint) {
        if (!recorded.equals(fingerprint)) {
            throw new DomainError(ErrorKind.UNPROCESSABLE, "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request");
        }
    }
}
