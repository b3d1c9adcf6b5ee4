package org.clientportal.adapters.http.contact;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;

public record AddContactRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = Contact.NAME_MAX)
        String name,
        @Schema(requiredMode = REQUIRED, description = "Unique among the client's contacts.", format = "email",
                maxLength = 254)
        String email,
        @ArraySchema(schema = @Schema(implementation = PortalRight.class), arraySchema = @Schema(description =
                "What the contact may do in the portal; `view` is always given. Left out: `view` only."))
        List<String> rights) {
}
