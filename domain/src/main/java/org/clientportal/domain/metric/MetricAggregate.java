package org.clientportal.domain.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A series' points in one bucket, summed up: how many, their total, least, greatest and mean (to 10 decimals). */
public record MetricAggregate(String name, String unit, Instant bucketStart, long count, BigDecimal sum,
                              BigDecimal min, BigDecimal max, BigDecimal avg) {

    public MetricAggregate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bucketStart, "bucketStart");
        sum = plain(sum);
        min = plain(min);
        max = plain(max);
        avg = plain(avg);
    }

    /** Without trailing zeros, and never in exponent form: 10, not 1E+1. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
