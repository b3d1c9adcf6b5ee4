package org.clientportal.adapters.http.client;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.domain.client.ClientProfile;

/** The body of {@code PATCH /api/v1/clients/{id}}, read as a partial update: left out is kept, null is cleared. */
@Schema(name = "ClientChanges", description = "A partial update: a field left out keeps its value, a field sent as null"
        + " is cleared. `status` cannot be set here; use the transitions route.")
record UpdateClientRequest(
        @Schema(description = "Cannot be cleared.", minLength = 1, maxLength = ClientProfile.NAME_MAX) String name,
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
        @Schema(nullable = true, maxLength = ClientProfile.PHONE_MAX) String phone,
        @Schema(description = "Cannot be cleared, nor changed once the client has a task.",
                pattern = ClientRoutes.PREFIX_PATTERN) String taskKeyPrefix) {

    /** The fields the update takes: exactly this record's. */
    static final Set<String> FIELDS = PatchBody.fieldsOf(UpdateClientRequest.class);
}
