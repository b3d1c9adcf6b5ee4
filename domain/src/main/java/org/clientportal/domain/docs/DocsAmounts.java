package org.clientportal.domain.docs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** An invoice's total and what is still due of it, exact, in one currency. */
public record DocsAmounts(Money total, Money due) {

    public DocsAmounts {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(due, "due");
        if (!total.currency().equals(due.currency())) {
            throw new IllegalArgumentException("the total and the amount due must be in one currency");
        }
        if (due.amount().compareTo(total.amount()) > 0) {
            throw new IllegalArgumentException("must not be more than the total");
        }
    }

    public static DocsAmounts of(Currency currency, BigDecimal total, BigDecimal due) {
        return new DocsAmounts(new Money(total, currency), new Money(due, currency));
    }

    public Currency currency() {
        return total.currency();
    }
}
