package org.clientportal.application.metric;

import java.math.BigDecimal;

/** One point as sent, unchecked: {@code at} an ISO-8601 instant, {@code id} the sender's own, optional. */
public record MetricPointInput(String name, BigDecimal value, String unit, String at, String id) {
}
