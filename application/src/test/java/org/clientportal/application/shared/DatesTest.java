package org.clientportal.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @Test
    void anIsoCalendarDate_parses() {
        assertThat(Dates.parse("2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    /** Five-digit and signed years parse as LocalDate but do not fit a PostgreSQL date column. */
    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-3-31", "31.03.2026", "+10000-01-01", "-0001-01-01",
            "+999999999-12-31", "2026-03-31T10:00", ""})
    void anythingElse_isRefused(String raw) {
        assertThatThrownBy(() -> Dates.parse(raw)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be a date like 2026-03-31");
    }
}
