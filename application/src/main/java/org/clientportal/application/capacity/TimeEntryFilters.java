package org.clientportal.application.capacity;

/** The time-entry list's filters as a caller sends them, each null when not sent; {@code operatorId} may be {@code me}. */
public record TimeEntryFilters(String clientId, String projectId, String taskKey, String operatorId, String from,
                               String to, String billable) {
}
