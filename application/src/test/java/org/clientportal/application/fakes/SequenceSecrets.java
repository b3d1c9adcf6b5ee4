package org.clientportal.application.fakes;

import java.util.concurrent.atomic.AtomicLong;
import org.clientportal.application.port.SecretSource;

/** Predictable "secrets" for tests: distinct, readable, of a realistic length. */
public final class SequenceSecrets implements SecretSource {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String token(int bytes) {
        String seed = "secret" + next.getAndIncrement();
        int length = (bytes * 4 + 2) / 3;
        return (seed + "x".repeat(length)).substring(0, length);
    }
}
