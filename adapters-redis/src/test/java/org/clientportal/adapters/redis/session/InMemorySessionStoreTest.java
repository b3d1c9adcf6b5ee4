package org.clientportal.adapters.redis.session;

import java.time.Duration;
import org.clientportal.application.contract.SessionStoreContract;
import org.clientportal.application.fakes.FixedClock;
import org.clientportal.application.port.SessionStore;

class InMemorySessionStoreTest extends SessionStoreContract {

    private final FixedClock clock = new FixedClock();
    private final InMemorySessionStore store = new InMemorySessionStore(clock);

    @Override
    protected SessionStore store() {
        return store;
    }

    @Override
    protected void letTimePass(Duration duration) {
        clock.advance(duration);
    }
}
