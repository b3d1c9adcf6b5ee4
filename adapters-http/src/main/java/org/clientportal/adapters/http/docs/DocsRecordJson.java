package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.docs.DocsFacts;
import org.clientportal.domain.docs.DocsRecord;
import org.clientportal.domain.docs.DocsStatus;
import org.clientportal.domain.shared.Lifecycle;

@Schema(name = "DocsRecord", description = "The agency's copy of a Klevar Docs document or invoice.")
public record DocsRecordJson(@Schema(description = "The portal's id.") String id,
                             @Schema(allowableValues = {"document", "invoice"}) String kind,
                             @Schema(description = "Docs' id.") String externalId,
                             @Schema(description = "The client's reference in Docs.") String clientReference,
                             @Schema(nullable = true, description = "The client the reference names; null while it"
                                     + " names none of the agency's (unmatched).") String clientId,
                             String title,
                             @Schema(nullable = true) String number,
                             @Schema(implementation = DocsStatus.class) String status,
                             @Schema(nullable = true) String currency,
                             @Schema(nullable = true, description = "Exact, as text.") String total,
                             @Schema(nullable = true, description = "Exact, as text.") String amountDue,
                             @Schema(nullable = true) LocalDate dueDate,
                             @Schema(nullable = true) String url,
                             boolean clientVisible,
                             @Schema(description = "When Docs last changed it, as far as the portal was told.")
                             Instant asOf,
                             @Schema(description = "When the portal was last told of it.") Instant updatedAt) {

    public static DocsRecordJson of(DocsRecord r) {
        DocsFacts f = r.facts();
        return new DocsRecordJson(r.id().toString(), Lifecycle.wireName(f.kind()), f.externalId(),
                f.clientReference(), r.clientId().map(ClientId::toString).orElse(null), f.title(),
                f.number().orElse(null), Lifecycle.wireName(f.status()),
                f.amounts().map(a -> a.currency().getCurrencyCode()).orElse(null),
                f.amounts().map(a -> a.total().amount().toPlainString()).orElse(null),
                f.amounts().map(a -> a.due().amount().toPlainString()).orElse(null), f.dueDate().orElse(null),
                f.url().orElse(null), f.clientVisible(), f.asOf(), r.syncedAt());
    }
}
