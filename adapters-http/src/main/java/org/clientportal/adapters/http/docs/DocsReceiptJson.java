package org.clientportal.adapters.http.docs;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.docs.ReceiveDocsEvent;
import org.clientportal.domain.docs.DocsRecordId;
import org.clientportal.domain.shared.Lifecycle;

@Schema(name = "DocsReceipt", description = "What an event did.")
public record DocsReceiptJson(String eventId,
                              @Schema(allowableValues = {"applied", "unchanged", "duplicate"}, description = "`applied`:"
                                      + " the copy holds it now; `unchanged`: it held this or newer already;"
                                      + " `duplicate`: the event was taken before.") String outcome,
                              @Schema(nullable = true, description = "The portal's id of the record.") String recordId) {

    static DocsReceiptJson of(ReceiveDocsEvent.Receipt r) {
        return new DocsReceiptJson(r.eventId(), Lifecycle.wireName(r.outcome()),
                r.record().map(rec -> rec.id()).map(DocsRecordId::toString).orElse(null));
    }
}
