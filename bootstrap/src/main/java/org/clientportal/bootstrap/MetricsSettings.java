package org.clientportal.bootstrap;

/** Where {@code GET /metrics} listens: PORTAL_METRICS_HOST and PORTAL_METRICS_PORT ({@code 0} picks a free one). */
record MetricsSettings(String host, int port) {
}
