package org.clientportal.adapters.http.operator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;
import org.clientportal.adapters.http.web.PatchBody;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.Role;

/** The body of {@code PATCH /api/v1/operators/{id}}, read as a partial update: a field left out is kept. */
@Schema(name = "OperatorChanges", description = "A partial update: a field left out keeps its value.")
record ChangeOperatorRequest(@Schema(implementation = Role.class) String role,
                             @Schema(minLength = 1, maxLength = Operator.NAME_MAX) String name) {

    /** The fields the update takes: exactly this record's. */
    static final Set<String> FIELDS = PatchBody.fieldsOf(ChangeOperatorRequest.class);
}
