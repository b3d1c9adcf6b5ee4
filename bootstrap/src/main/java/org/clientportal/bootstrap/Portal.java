package org.clientportal.bootstrap;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.adapters.http.HttpApi;
import org.clientportal.adapters.http.security.BcryptPasswordHasher;
import org.clientportal.adapters.http.security.SecureRandomSecrets;
import org.clientportal.adapters.http.security.Sha256Digests;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.application.Ports;
import org.clientportal.application.UseCases;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ReadinessCheck;

/** The whole service wired together: database, operational state, use cases and the HTTP API. */
public final class Portal implements AutoCloseable {

    private final PostgresPersistence persistence;
    private final OperationalState state;
    private final UseCases useCases;
    private final HttpApi http;
    private final PortalConfig config;
    private int port;

    private Portal(PortalConfig config, PostgresPersistence persistence, OperationalState state) {
        this.config = config;
        this.persistence = persistence;
        this.state = state;
        Clock clock = new SystemClock();
        this.useCases = UseCases.wire(new Ports(persistence.transactions(), persistence.tenants(),
                persistence.operators(), persistence.clients(), persistence.projects(), persistence.apiKeys(),
                persistence.auditTrail(), persistence.idempotencyRecords(), state.sessions(), state.rateLimiter(),
                new BcryptPasswordHasher(config.bcryptCost()), new Sha256Digests(), new SecureRandomSecrets(), new UuidV7Ids(clock),
                clock), config.sessionIdleTimeout());
        List<ReadinessCheck> checks = new ArrayList<>();
        checks.add(persistence.readiness());
        checks.addAll(state.readiness());
        this.http = new HttpApi(useCases, config.httpSettings(), checks);
    }

    /** Prepares the database, connects everything and starts serving HTTP. */
    public static Portal start(PortalConfig config) {
        PostgresPersistence persistence = PostgresPersistence.start(config.database());
        OperationalState state;
        try {
            state = OperationalState.open(config.redisUrl(), config.redisKeyPrefix(), new SystemClock());
        } catch (RuntimeException e) {
            persistence.close();
            throw e;
        }
        Portal portal = new Portal(config, persistence, state);
        try {
            portal.port = portal.http.start(config.httpHost(), config.httpPort());
        } catch (RuntimeException e) {
            state.close();
            persistence.close();
            throw e;
        }
        return portal;
    }

    public int port() {
        return port;
    }

    public UseCases useCases() {
        return useCases;
    }

    public HttpApi http() {
        return http;
    }

    public PortalConfig config() {
        return config;
    }

    /** Drains in-flight requests, then closes Redis and the database pool. */
    @Override
    public void close() {
        http.stop();
        state.close();
        persistence.close();
    }
}
