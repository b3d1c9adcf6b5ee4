package org.clientportal.application.ask;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.client.ClientId;

/** Filters of the agency's list of asks: classified or not yet, one client's. */
public record AskSearch(Optional<Boolean> classified, Optional<ClientId> clientId) {

    public AskSearch {
        Objects.requireNonNull(classified, "classified");
        Objects.requireNonNull(clientId, "clientId");
    }

    /** Whether an ask of this classification passes the classified filter. */
    public boolean admits(AskClassification classification) {
        return classified.map(wanted -> wanted == (classification != AskClassification.UNCLASSIFIED)).orElse(true);
    }

    /** The filters written one way only, for binding cursors to them. */
    public String canonical() {
        return "classified=" + classified.map(String::valueOf).orElse("")
                + "&clientId=" + clientId.map(ClientId::toString).orElse("");
    }
}
