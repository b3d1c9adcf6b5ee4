package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7IdsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void idsAreVersion7_carryTheirMillisecond_andIncreaseWithinOneMillisecond() {
        UuidV7Ids ids = new UuidV7Ids(() -> NOW);
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).allSatisfy(id -> {
            assertThat(id.version()).isEqualTo(7);
            assertThat(id.variant()).isEqualTo(2);
        });
        assertThat(made.get(0).getMostSignificantBits() >>> 16).isEqualTo(NOW.toEpochMilli());
        for (int i = 1; i < made.size(); i++) {
            // Compared as PostgreSQL compares uuids: unsigned, high bits first.
            assertThat(Long.compareUnsigned(made.get(i).getMostSignificantBits(), made.get(i - 1).getMostSignificantBits()))
                    .as("id %d after id %d", i, i - 1).isPositive();
        }
    }

    @Test
    void aLaterMillisecond_sortsAfterAnEarlierOne() {
        Instant[] now = {NOW};
        UuidV7Ids ids = new UuidV7Ids(() -> now[0]);
        UUID first = ids.next();
        now[0] = NOW.plusMillis(1);
        UUID second = ids.next();
        assertThat(Long.compareUnsigned(second.getMostSignificantBits(), first.getMostSignificantBits())).isPositive();
    }
}
