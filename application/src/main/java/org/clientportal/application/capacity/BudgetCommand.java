package org.clientportal.application.capacity;

import java.math.BigDecimal;

/** A capacity budget as a caller sends it; any field may be null when not sent. */
public record BudgetCommand(BigDecimal hours, String period, String startsOn, String endsOn, Boolean clientVisible) {
}
