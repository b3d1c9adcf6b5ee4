package org.clientportal.domain.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One value of a project's named series at a moment, in a unit, as an integrator sends it; the
 * optional {@code pointId} is the sender's own id for it, so that sending it again adds nothing.
 */
public record MetricPoint(String name, BigDecimal value, String unit, Instant at, Optional<String> pointId) {

    public static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_.-]{0,99}$");
    public static final int UNIT_MAX = 20;
    public static final int POINT_ID_MAX = 100;
    public static final int INTEGER_DIGITS_MAX = 20;
    public static final int DECIMALS_MAX = 10;

    public MetricPoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(pointId, "pointId");
        name(name);
        value(value);
    }

    /** The rule for a series' name as a caller sends it. */
    public static String name(String raw) {
        if (!NAME.matcher(raw).matches()) {
            throw new IllegalArgumentException("must start with a lower-case letter and hold only lower-case letters,"
                    + " digits, '_', '.' and '-', at most 100, such as deploys.count");
        }
        return raw;
    }

    /**
     * The rule for a value as a caller sends it: an exact decimal of at most 20 digits before the point
     * and 10 after, which the database keeps exactly.
     */
    public static BigDecimal value(BigDecimal raw) {
        BigDecimal stripped = raw.stripTrailingZeros();
        if (stripped.scale() > DECIMALS_MAX) {
            throw new IllegalArgumentException("must have at most " + DECIMALS_MAX + " decimals");
        }
        if (stripped.precision() - stripped.scale() > INTEGER_DIGITS_MAX) {
            throw new IllegalArgumentException("must have at most " + INTEGER_DIGITS_MAX + " digits before the point");
        }
        return raw;
    }
}
