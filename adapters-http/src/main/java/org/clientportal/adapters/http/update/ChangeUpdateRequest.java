package org.clientportal.adapters.http.update;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;

/** The body of {@code PATCH /api/v1/updates/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "UpdateChanges", description = "A partial update: a field left out keeps its value; neither can be"
        + " cleared.")
record ChangeUpdateRequest(@Schema(minLength = 1, maxLength = ProjectUpdate.BODY_MAX) String body,
                           @Schema(implementation = Visibility.class, description = "Making an update client-visible,"
                                   + " or internal again, is audited as `update.visibility-changed`.")
                           String visibility) {

    static final Set<String> FIELDS = Set.of("body", "visibility");
}
