package org.clientportal.adapters.http.client;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientLifecycle;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;

/** A client as the API shows it, with the moves its status allows now. */
@Schema(name = "Client", description = "A client of the agency, from lead to offboarding.")
public record ClientJson(@Schema(description = "Opaque id.") String id,
                         @Schema(maxLength = ClientProfile.NAME_MAX) String name,
                         @Schema(nullable = true, format = "email") String email,
                         @Schema(nullable = true, maxLength = ClientProfile.COMPANY_MAX) String company,
                         @Schema(nullable = true, maxLength = ClientProfile.PHONE_MAX) String phone,
                         @Schema(pattern = "^[A-Z][A-Z0-9]{1,9}$", description = "The first part of the client's task"
                                 + " keys (`ACME` in `ACME-42`), unique within the agency; fixed once the client has a"
                                 + " task.") String taskKeyPrefix,
                         @Schema(implementation = ClientStatus.class) String status,
                         @ArraySchema(schema = @Schema(implementation = ClientStatus.class),
                                 arraySchema = @Schema(description = "The statuses the client may move to now."))
                         List<String> allowedTransitions,
                         @Schema(implementation = ClientSource.class, description = "How the client arrived: typed in by"
                                 + " an operator, or through the public intake form.") String source,
                         @Schema(nullable = true, maxLength = Client.INTAKE_MESSAGE_MAX, description = "The prospect's"
                                 + " message, for clients that came through intake.") String intakeMessage,
                         @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                 + " quotes.") long version,
                         @Schema(description = "When the client was recorded.") Instant createdAt,
                         @Schema(description = "When the client last changed.") Instant updatedAt,
                         @Schema(description = "When the status last changed.") Instant statusChangedAt) {

    public static ClientJson of(Client client) {
        return new ClientJson(client.id().toString(), client.profile().name(),
                client.profile().email().map(Object::toString).orElse(null), client.profile().company().orElse(null),
                client.profile().phone().orElse(null), client.taskKeyPrefix().value(), WireNames.of(client.status()),
                WireNames.of(ClientLifecycle.MOVES.allowedFrom(client.status())), WireNames.of(client.source()),
                client.intakeMessage().orElse(null), client.version(), client.createdAt(), client.updatedAt(),
                client.statusChangedAt());
    }
}
