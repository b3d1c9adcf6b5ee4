package org.clientportal.application.capacity;

/**
 * A time entry as a caller sends it; any field may be null when not sent. {@code operatorId} logs
 * it as another operator, which only those who manage capacity may do.
 */
public record LogTimeCommand(String clientId, String projectId, String taskKey, Long minutes, String date, String note,
                             Boolean billable, String operatorId) {
}
