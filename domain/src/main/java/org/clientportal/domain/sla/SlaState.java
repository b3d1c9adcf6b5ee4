package org.clientportal.domain.sla;

/**
 * Where a request's SLA clock stands: within its targets, at risk (75 % of a target it still runs
 * against used), or breached (a target missed; that stays so, also once the request is resolved).
 */
public enum SlaState {
    ON_TRACK,
    AT_RISK,
    BREACHED
}
