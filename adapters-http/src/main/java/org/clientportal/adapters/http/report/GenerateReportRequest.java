package org.clientportal.adapters.http.report;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportPeriod;

/** The body of {@code POST /api/v1/reports}. */
@Schema(name = "ReportRequest", description = "What to report on: a client, or one of its projects, over a period.")
public record GenerateReportRequest(
        @Schema(requiredMode = REQUIRED, description = "The client reported to.") String clientId,
        @Schema(nullable = true, description = "One of the client's projects, shared with it; left out, all of"
                + " the client's shared projects.") String projectId,
        @Schema(requiredMode = REQUIRED, implementation = LocalDate.class, description = "The period's first day,"
                + " in the agency's time zone.") String from,
        @Schema(requiredMode = REQUIRED, implementation = LocalDate.class, description = "The period's last day (at"
                + " most " + (ReportPeriod.DAYS_MAX - 1) + " days after `from`).") String to,
        @Schema(nullable = true, minLength = 1, maxLength = Report.TITLE_MAX, description = "Left out: the"
                + " client's name (and the project's) with the period.") String title) {
}
