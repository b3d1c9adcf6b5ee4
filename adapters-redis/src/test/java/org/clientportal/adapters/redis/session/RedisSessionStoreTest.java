package org.clientportal.adapters.redis.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.UUID;
import org.clientportal.adapters.redis.connection.RedisConnections;
import org.clientportal.adapters.redis.connection.TestRedis;
import org.clientportal.application.contract.SessionStoreContract;
import org.clientportal.application.fakes.ReversedDigests;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.session.Session;
import org.clientportal.application.shared.DependencyUnavailable;
import org.clientportal.domain.shared.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.RedisClient;

class RedisSessionStoreTest extends SessionStoreContract {

    private static final ReversedDigests DIGESTS = new ReversedDigests();
    private static TestRedis redis;
    private static RedisSessionStore store;

    @BeforeAll
    static void connect() {
        redis = TestRedis.connect();
        store = new RedisSessionStore(redis.calls(), redis.keyPrefix(), DIGESTS);
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        TestRedis.waitFor(duration);
    }

    private static String sessionKey(Session session) {
        return redis.keyPrefix() + "session:" + DIGESTS.sha256(session.id());
    }

    private static String indexKey(Session session) {
        return redis.keyPrefix() + "sessions-of:" + session.tenantId() + ":" + session.holder().asText();
    }

    @Test
    void storedKeys_holdNoSessionId() {
        Session session = aSession();
        store.save(session, LONG_IDLE);

        assertThat(redis.keys()).contains(sessionKey(session)).noneMatch(key -> key.contains(session.id()));
        assertThat(redis.client().hgetAll(sessionKey(session))).doesNotContainValue(session.id());
    }

    @Test
    void touch_extendsTheRedisExpiry_andTheOperatorIndexLivesAsLong() {
        Session session = aSession();
        String key = sessionKey(session);
        String index = indexKey(session);
        store.save(session, Duration.ofSeconds(2));
        assertThat(redis.client().pttl(key)).isBetween(1L, 2_000L);
        assertThat(redis.client().pttl(index)).isBetween(1L, 2_000L);

        store.findAndTouch(session.id(), Duration.ofSeconds(60));

        assertThat(redis.client().pttl(key)).isBetween(2_001L, 60_000L);
        assertThat(redis.client().pttl(index)).isGreaterThanOrEqualTo(redis.client().pttl(key));
    }

    @Test
    void shorterTouch_neverShortensTheOperatorIndex() {
        Session longLived = aSession();
        Session shortLived = aSession();
        store.save(longLived, Duration.ofSeconds(60));

        store.save(shortLived, Duration.ofSeconds(2));

        assertThat(redis.client().pttl(indexKey(shortLived))).isGreaterThan(2_000L);
    }

    @Test
    void unreachableRedis_failsEveryCallFastAsDependencyUnavailable() {
        try (RedisClient unreachable = RedisConnections.open(TestRedis.UNREACHABLE)) {
            RedisSessionStore lost = new RedisSessionStore(TestRedis.calls(unreachable), "unreachable:", DIGESTS);
            Session session = aSession();

            assertUnavailableFast(() -> lost.save(session, LONG_IDLE));
            assertUnavailableFast(() -> lost.findAndTouch(session.id(), LONG_IDLE));
            assertUnavailableFast(() -> lost.delete(session.id()));
            assertUnavailableFast(() -> lost.deleteAllOf(new TenantId(UUID.randomUUID()), anOperator()));
        }
    }

    private static void assertUnavailableFast(Executable call) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThatThrownBy(call::execute)
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("session store"));
    }
}
