package org.clientportal.adapters.http.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.report.Report;
import org.clientportal.domain.report.ReportStatus;

/** A report as the agency sees it. */
@Schema(name = "Report", description = "A report to a client on a period of its work, in Markdown.")
public record ReportJson(@Schema(description = "Opaque id.") String id,
                         String clientId,
                         @Schema(nullable = true, description = "The one project reported on, if it is one.")
                         String projectId,
                         LocalDate from,
                         LocalDate to,
                         @Schema(maxLength = Report.TITLE_MAX) String title,
                         @Schema(maxLength = Report.BODY_MAX, description = "Markdown.") String body,
                         @Schema(implementation = ReportStatus.class) String status,
                         @Schema(description = "Who had it drafted, as the audit names them.") String author,
                         @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                 + " quotes.") long version,
                         Instant createdAt,
                         Instant updatedAt,
                         @Schema(nullable = true) Instant publishedAt,
                         List<AcknowledgementJson> acknowledgements) {

    public static ReportJson of(Report r) {
        return new ReportJson(r.id().toString(), r.clientId().toString(),
                r.projectId().map(Object::toString).orElse(null), r.period().from(), r.period().to(), r.title(),
                r.body(), WireNames.of(r.status()), r.author(), r.version(), r.createdAt(), r.updatedAt(),
                r.publishedAt().orElse(null), r.acknowledgements().stream().map(AcknowledgementJson::of).toList());
    }
}
