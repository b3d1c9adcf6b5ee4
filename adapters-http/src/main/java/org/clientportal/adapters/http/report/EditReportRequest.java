package org.clientportal.adapters.http.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.domain.report.Report;

/** The body of {@code PATCH /api/v1/reports/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "ReportChanges", description = "A partial edit: a field left out keeps its value; neither can be"
        + " cleared.")
record EditReportRequest(@Schema(minLength = 1, maxLength = Report.TITLE_MAX) String title,
                         @Schema(minLength = 1, maxLength = Report.BODY_MAX, description = "Markdown.") String body) {

    static final Set<String> FIELDS = Set.of("title", "body");
}
