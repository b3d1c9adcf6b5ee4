package org.clientportal.adapters.http.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clientportal.domain.report.Report;

/** A published report as the client's contacts read it: no draft history, no author inside the agency. */
@Schema(name = "SharedReport", description = "A report the agency published to the client, in Markdown.")
public record SharedReportJson(@Schema(description = "Opaque id.") String id,
                               @Schema(nullable = true) String projectId,
                               LocalDate from,
                               LocalDate to,
                               String title,
                               @Schema(description = "Markdown.") String body,
                               Instant publishedAt,
                               @Schema(description = "Who of the client's contacts acknowledged it, and when.")
                               List<AcknowledgementJson> acknowledgements) {

    public static SharedReportJson of(Report r) {
        return new SharedReportJson(r.id().toString(), r.projectId().map(Object::toString).orElse(null),
                r.period().from(), r.period().to(), r.title(), r.body(), r.publishedAt().orElseThrow(),
                r.acknowledgements().stream().map(AcknowledgementJson::of).toList());
    }
}
