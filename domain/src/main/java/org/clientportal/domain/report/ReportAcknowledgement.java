package org.clientportal.domain.report;

import java.time.Instant;
import java.util.Objects;
import org.clientportal.domain.contact.ContactId;

/** A client's contact has read a published report and says so; their name is kept as it was then. */
public record ReportAcknowledgement(ContactId contactId, String contactName, Instant at) {

    public ReportAcknowledgement {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(contactName, "contactName");
        Objects.requireNonNull(at, "at");
    }
}
