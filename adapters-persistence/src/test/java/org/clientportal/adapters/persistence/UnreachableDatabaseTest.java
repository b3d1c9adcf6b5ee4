package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnreachableDatabaseTest {

    @Test
    void nothingListening_failsFast_withOneLineNamingPlaceUserAndReason() {
        Instant start = Instant.now();

        assertThatThrownBy(() -> PostgresPersistence.start(
                PersistenceSettings.of("jdbc:postgresql://127.0.0.1:1/portal", "postgres", "secret", "app-secret"),
                        new SimpleMeterRegistry()))
                .isInstanceOf(DatabaseUnreachable.class)
                .hasMessage("cannot reach PostgreSQL at 127.0.0.1:1/portal as postgres: Connection refused");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }
}
