package org.clientportal.application.port;

import org.clientportal.application.report.ReportFacts;

/** Writes the Markdown of a report draft from what the client may see of its period, for the agency to edit. */
public interface ReportWriter {

    String draft(ReportFacts facts);
}
