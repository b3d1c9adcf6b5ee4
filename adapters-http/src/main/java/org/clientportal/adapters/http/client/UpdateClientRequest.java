package org.clientportal.adapters.http.client;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.clientportal.domain.client.ClientProfile;

/** The body of {@code PATCH /api/v1/clients/{id}}, read as a partial update: left out is kept, null is cleared. */
@Schema(name = "ClientChanges", description = "A partial update: a field left out keeps its value, a field sent as null"
        + " is cleared. `status` cannot be set here; use the transitions route.")
record UpdateClientRequest(
        @Schema(description = "Cannot be cleared.", minLength = 1, maxLength = ClientProfile.NAME_MAX) String name,
        @Schema(nullable = true, format = "email", maxLength = 254) String email,
        @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
        @Schema(nullable = true, maxLength = ClientProfile.PHONE_MAX) String phone) {

    /** The fields the update takes: exactly this record's. */
    static final Set<String> FIELDS = Arrays.stream(UpdateClientRequest.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());
}
