package org.clientportal.adapters.http.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IsoInstantSerializerTest {

    @Test
    void instants_areWrittenAsInstantWritesThem_atEveryPrecision() {
        List<Instant> edges = List.of(Instant.EPOCH, Instant.parse("2026-12-02T23:17:14Z"),
                Instant.parse("2026-12-02T23:17:14.400Z"), Instant.parse("2026-12-02T23:17:14.447602Z"),
                Instant.parse("2026-12-02T23:17:14.000000001Z"), Instant.parse("2024-02-29T00:00:00.010Z"),
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("1969-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"));

        assertThat(edges).allSatisfy(instant -> assertThat(IsoInstantSerializer.format(instant)).isEqualTo(instant.toString()));
    }

    @Test
    void randomInstants_areWrittenAsInstantWritesThem() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int nano = switch (i % 3) {
                case 0 -> random.nextInt(1_000) * 1_000_000;
                case 1 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, 253_402_300_800L), nano);

            assertThat(IsoInstantSerializer.format(instant)).isEqualTo(instant.toString());
        }
    }

    @Test
    void theApisMapper_writesInstantsThroughIt() throws JsonProcessingException {
        Instant at = Instant.parse("2026-12-02T23:17:14.447602Z");

        assertThat(JsonMapping.create().writeValueAsString(Map.of("at", at)))
                .isEqualTo("{\"at\":\"2026-12-02T23:17:14.447602Z\"}");
    }
}
