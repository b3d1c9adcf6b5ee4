package org.clientportal.adapters.http.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.report.ReportAcknowledgement;

@Schema(name = "ReportAcknowledgement", description = "A contact of the client said they read the published report.")
public record AcknowledgementJson(String contactId,
                                  @Schema(description = "The contact's name when they acknowledged it.")
                                  String contactName,
                                  Instant at) {

    static AcknowledgementJson of(ReportAcknowledgement a) {
        return new AcknowledgementJson(a.contactId().toString(), a.contactName(), a.at());
    }
}
