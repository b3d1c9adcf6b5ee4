package org.clientportal.application.report;

/** A report asked for: a client, or one of its projects, and the days it covers; a title unless the default fits. */
public record GenerateReportCommand(String clientId, String projectId, String from, String to, String title) {
}
