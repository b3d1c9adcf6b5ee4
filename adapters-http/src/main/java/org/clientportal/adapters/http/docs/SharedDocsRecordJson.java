package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.Lifecycle;

@Schema(name = "SharedDocsRecord", description = "A document or invoice the agency shares with the client.")
public record SharedDocsRecordJson(String id,
                                   String title,
                                   @Schema(nullable = true) String number,
                                   @Schema(implementation = DocsStatus.class) String status,
                                   @Schema(nullable = true) String currency,
                                   @Schema(nullable = true, description = "Exact, as text.") String total,
                                   @Schema(nullable = true, description = "Exact, as text.") String amountDue,
                                   @Schema(nullable = true) LocalDate dueDate,
                                   @Schema(nullable = true, description = "Where to read, sign or pay it.") String url,
                                   Instant updatedAt) {

    static SharedDocsRecordJson of(DocsRecord r) {
        DocsFacts f = r.facts();
        return new SharedDocsRecordJson(r.id().toString(), f.title(), f.number().orElse(null),
                Lifecycle.wireName(f.status()), f.amounts().map(a -> a.currency().getCurrencyCode()).orElse(null),
                f.amounts().map(a -> a.total().amount().toPlainString()).orElse(null),
                f.amounts().map(a -> a.due().amount().toPlainString()).orElse(null), f.dueDate().orElse(null),
                f.url().orElse(null), f.asOf());
    }
}
