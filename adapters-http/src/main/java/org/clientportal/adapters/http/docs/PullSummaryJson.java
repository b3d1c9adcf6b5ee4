package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.docs.PullSummary;

@Schema(name = "DocsPullSummary", description = "What a pull from Klevar Docs did to the agency's copy.")
public record PullSummaryJson(@Schema(description = "Documents Docs holds for the client.") int documents,
                              @Schema(description = "Invoices Docs holds for the client.") int invoices,
                              @Schema(description = "Records the copy took (new or newer).") int applied,
                              @Schema(description = "Records the copy held as they are, or newer.") int unchanged) {

    static PullSummaryJson of(PullSummary s) {
        return new PullSummaryJson(s.documents(), s.invoices(), s.applied(), s.unchanged());
    }
}
