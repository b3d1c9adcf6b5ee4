package org.clientportal.adapters.http.contact;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Set;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalRight;

/** The body of {@code PATCH /api/v1/contacts/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "ContactChanges", description = "A partial update: a field left out keeps its value.")
record ChangeContactRequest(@Schema(minLength = 1, maxLength = Contact.NAME_MAX) String name,
                            @Schema(format = "email", maxLength = 254) String email,
                            @ArraySchema(schema = @Schema(implementation = PortalRight.class), arraySchema =
                                    @Schema(description = "The contact's rights from now on, replacing the old ones;"
                                            + " `view` is always kept. Applies to their next portal request."))
                            List<String> rights) {

    static final Set<String> TEXT_FIELDS = Set.of("name", "email");
    static final Set<String> LIST_FIELDS = Set.of("rights");
}
