package org.clientportal.adapters.http.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.domain.update.ProjectUpdate;

/** An update as the client's contacts see it. */
@Schema(name = "SharedUpdate", description = "An update the agency shares with the client.")
record SharedUpdateJson(@Schema(description = "Opaque id.") String id,
                        String projectId,
                        String body,
                        @Schema(description = "Who posted it.") String authorName,
                        Instant createdAt,
                        @Schema(description = "When it was last edited.") Instant updatedAt) {

    static SharedUpdateJson of(ProjectUpdate u) {
        return new SharedUpdateJson(u.id().toString(), u.projectId().toString(), u.body(), u.authorName(),
                u.createdAt(), u.updatedAt());
    }
}
