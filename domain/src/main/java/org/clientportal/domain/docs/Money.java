package org.clientportal.domain.docs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in a currency: never a floating-point number, at most four decimal places (more
 * than any currency's minor unit), written to at least the currency's minor unit, and under a trillion.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final int SCALE_MAX = 4;
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = inMinorUnits(checked(amount), currency);
    }

    /** Written to the currency's minor unit, or finer when it is ({@code 1250.1} EUR is 1250.10, 0.125 stays). */
    private static BigDecimal inMinorUnits(BigDecimal amount, Currency currency) {
        int scale = Math.max(Math.max(currency.getDefaultFractionDigits(), 0), amount.stripTrailingZeros().scale());
        return amount.setScale(scale);
    }

    /** An amount as written ({@code "1250.00"}): exact, never through a double. */
    public static BigDecimal amountOf(String raw) {
        try {
            return checked(new BigDecimal(raw.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a decimal number such as 1250.00");
        }
    }

    private static BigDecimal checked(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > SCALE_MAX) {
            throw new IllegalArgumentException("must have at most " + SCALE_MAX + " decimal places");
        }
        if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("must be from 0 to under 1000000000000");
        }
        return amount;
    }

    /** An ISO 4217 code such as {@code EUR}. */
    public static Currency currencyOf(String raw) {
        String code = raw.strip();
        if (!code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("must be an ISO 4217 code such as EUR");
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be an ISO 4217 code such as EUR");
        }
    }
}
