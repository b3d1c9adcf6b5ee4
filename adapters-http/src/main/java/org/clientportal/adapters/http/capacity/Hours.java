package org.clientportal.adapters.http.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Minutes shown as hours, to the hundredth. */
final class Hours {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Hours() {
    }

    static BigDecimal of(BigDecimal minutes) {
        return minutes.divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    static BigDecimal of(long minutes) {
        return of(BigDecimal.valueOf(minutes));
    }
}
