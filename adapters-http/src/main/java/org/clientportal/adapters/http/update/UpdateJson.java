package org.clientportal.adapters.http.update;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;

/** An update as the agency sees it. */
@Schema(name = "Update", description = "A note posted on a project: the agency's own, or shown to the client.")
public record UpdateJson(@Schema(description = "Opaque id.") String id,
                         String projectId,
                         @Schema(description = "The project's client.") String clientId,
                         @Schema(maxLength = ProjectUpdate.BODY_MAX) String body,
                         @Schema(implementation = Visibility.class) String visibility,
                         @Schema(description = "Who posted it, as the audit names them (`operator:<id>`).") String author,
                         @Schema(description = "How the client's contacts see who posted it.") String authorName,
                         @Schema(minimum = "1", description = "Bumped on every change; the ETag is this number in"
                                 + " quotes.") long version,
                         Instant createdAt,
                         Instant updatedAt) {

    public static UpdateJson of(ProjectUpdate u) {
        return new UpdateJson(u.id().toString(), u.projectId().toString(), u.clientId().toString(), u.body(),
                WireNames.of(u.visibility()), u.author(), u.authorName(), u.version(), u.createdAt(), u.updatedAt());
    }
}
