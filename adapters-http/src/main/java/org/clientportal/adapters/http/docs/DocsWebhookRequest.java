package org.clientportal.adapters.http.docs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.docs.DocsEventInput;
import org.clientportal.application.docs.DocsFactsInput;

/** A Klevar Docs event; fields Docs may add later are ignored, so that they break nothing. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "DocsWebhookEvent", description = "An event Klevar Docs sends.")
public record DocsWebhookRequest(
        @Schema(description = "The event's id: each is taken once.") String id,
        @Schema(description = "document.created, document.updated, document.signed, document.voided, invoice.issued,"
                + " invoice.paid, invoice.overdue or invoice.voided.") String type,
        @Schema(description = "When it happened in Docs; an event older than what the portal holds changes nothing.",
                format = "date-time") String occurredAt,
        Data data) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    @Schema(name = "DocsWebhookRecord", description = "The document or invoice as it stands after the event.")
    public record Data(@Schema(description = "Docs' id of it.") String id,
                       @Schema(description = "The client's task key prefix (such as ACME) or its id.")
                       String clientReference,
                       String title,
                       @Schema(nullable = true) String number,
                       @Schema(nullable = true, description = "ISO 4217, such as EUR; required with total.")
                       String currency,
                       @Schema(nullable = true, description = "A decimal as text, such as \"1250.00\": exact, at most"
                               + " four decimal places.") String total,
                       @Schema(nullable = true, description = "A decimal as text; the total when left out.")
                       String amountDue,
                       @Schema(nullable = true, format = "date") String dueDate,
                       @Schema(nullable = true, description = "An http(s) link to it in Docs.") String url,
                       @Schema(nullable = true, description = "Whether the client's contacts see it (false when left"
                               + " out).") Boolean clientVisible) {
    }

    DocsEventInput input() {
        return new DocsEventInput(id, type, occurredAt, data == null ? null : new DocsFactsInput(data.id(),
                data.clientReference(), data.title(), data.number(), data.currency(), data.total(), data.amountDue(),
                data.dueDate(), data.url(), data.clientVisible()));
    }
}
