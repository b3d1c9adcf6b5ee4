package org.clientportal.adapters.http.update;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;

public record PostUpdateRequest(
        @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = ProjectUpdate.BODY_MAX, description = "Plain text;"
                + " may span lines.") String body,
        @Schema(nullable = true, implementation = Visibility.class, description = "Left out, `internal`: only the"
                + " agency sees it. `client` shows it to the client's contacts once the project is shared.")
        String visibility) {
}
