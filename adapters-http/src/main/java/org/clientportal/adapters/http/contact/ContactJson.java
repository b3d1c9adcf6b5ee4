package org.clientportal.adapters.http.contact;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;

/** A contact as the agency sees it. */
@Schema(name = "Contact", description = "A person at a client who may use the portal, with their portal rights.")
public record ContactJson(@Schema(description = "Opaque id.") String id,
                          @Schema(description = "The client the contact belongs to.") String clientId,
                          String name,
                          @Schema(format = "email", description = "Unique among the client's contacts.") String email,
                          @ArraySchema(schema = @Schema(implementation = PortalRight.class), uniqueItems = true,
                                  arraySchema = @Schema(description = "Always holds `view`."))
                          List<String> rights,
                          @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                  + " quotes.") long version,
                          @Schema(description = "When the contact was added.") Instant createdAt,
                          @Schema(description = "When the contact last changed.") Instant updatedAt) {

    public static ContactJson of(Contact contact) {
        return new ContactJson(contact.id().toString(), contact.clientId().toString(), contact.name(),
                contact.email().value(), WireNames.of(contact.rights().ordered()), contact.version(),
                contact.createdAt(), contact.updatedAt());
    }
}
