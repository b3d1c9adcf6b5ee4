package org.clientportal.application.idempotency;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.ValidationFailed;

/**
 * Makes a POST safe to retry. The key's reservation, the request's effect and the recorded answer
 * share ONE transaction: they commit together or not at all, so a retry either replays a committed
 * answer or runs a request whose earlier attempt left no trace. Never both, never twice.
 */
public final class IdempotentRequests {

    public static final int KEY_MAX = 200;
    public static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

    /** What the request is answered: the outcome of running it now, or the answer recorded the first time. */
    public sealed interface Answer<T> {

        record Fresh<T>(T outcome) implements Answer<T> {
        }

        record Replayed<T>(RecordedResponse response) implements Answer<T> {
        }
    }

    private final Transactions transactions;
    private final IdempotencyRecords records;
    private final Digests digests;
    private final Clock clock;
    private final Duration retention;

    /** {@code retention}: how long an answer is kept for replays; after that the key may be used afresh. */
    public IdempotentRequests(Transactions transactions, IdempotencyRecords records, Digests digests, Clock clock,
                              Duration retention) {
        this.transactions = transactions;
        this.records = records;
        this.digests = digests;
        this.clock = clock;
        this.retention = Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive");
        }
    }

    /**
     * Runs {@code work} once per key: {@code request} describes the request in a canonical form (a
     * different one under the same key is refused; only its digest is kept), {@code recording} turns
     * the outcome into the answer kept for replays.
     */
    public <T> Answer<T> execute(Actor actor, String key, String request, Supplier<T> work,
                                 Function<T, RecordedResponse> recording) {
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw ValidationFailed.of("Idempotency-Key", "must be 1-" + KEY_MAX + " characters");
        }
        String principal = actor.principal().name();
        String fingerprint = digests.sha256(request);
        return transactions.forActor(actor, () -> {
            if (!records.tryReserve(actor.tenantId(), principal, key)) {
                throw new DomainError(ErrorKind.CONFLICT, "idempotency-key-in-progress",
                        "A request with this Idempotency-Key is still being processed; retry shortly");
            }
            Instant now = clock.now();
            Optional<IdempotencyRecord> recorded = records.find(actor.tenantId(), principal, key, now.minus(retention));
            if (recorded.isPresent()) {
                requireSameRequest(recorded.get().fingerprint(), fingerprint);
                return new Answer.Replayed<>(recorded.get().response());
            }
            T outcome = work.get();
            records.save(actor.tenantId(), principal, key,
                    new IdempotencyRecord(fingerprint, recording.apply(outcome), now));
            return new Answer.Fresh<>(outcome);
        });
    }

    /** Forgets the answers older than the retention, in every tenant; returns how many went. */
    public long expireOld() {
        Instant before = clock.now().minus(retention);
        return transactions.outsideTenant(() -> records.expire(before));
    }

    private static void requireSameRequest(String recorded, String fingerprint) {
        if (!recorded.equals(fingerprint)) {
            throw new DomainError(ErrorKind.UNPROCESSABLE, "idempotency-key-reused",
                    "This Idempotency-Key was already used with a different request");
        }
    }
}
