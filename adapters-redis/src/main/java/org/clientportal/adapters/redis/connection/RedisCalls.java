package org.clientportal.adapters.redis.connection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.clientportal.application.shared.DependencyUnavailable;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The one way the stores reach Redis. Each call is timed ({@code portal.redis.calls}, by store,
 * command and outcome), and any client failure (refused, timed out, pool exhausted) becomes a
 * {@link DependencyUnavailable} naming the store.
 */
public final class RedisCalls {

    private static final String METER = "portal.redis.calls";

    private final UnifiedJedis redis;
    private final MeterRegistry meters;

    public RedisCalls(UnifiedJedis redis, MeterRegistry meters) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * {@code store}: what a 503 names ({@code session store}); {@code command}: what the store does
     * ({@code touch}).
     */
    public <T> T run(String store, String command, Function<UnifiedJedis, T> call) {
        long started = System.nanoTime();
        String outcome = "failure";
        try {
            T result = call.apply(redis);
            outcome = "success";
            return result;
        } catch (JedisException e) {
            throw new DependencyUnavailable(store, e);
        } finally {
            timer(store, command, outcome).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(String store, String command, String outcome) {
        return Timer.builder(METER)
                .description("Redis calls of the session store and the rate limiter")
                .tags("store", store, "command", command, "outcome", outcome)
                .publishPercentileHistogram()
                // Beyond the client's own timeout a call has failed anyway.
                .minimumExpectedValue(Duration.ofNanos(100_000))
                .maximumExpectedValue(Duration.ofSeconds(1))
                .register(meters);
    }
}
