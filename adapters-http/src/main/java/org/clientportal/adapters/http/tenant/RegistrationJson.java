package org.clientportal.adapters.http.tenant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.adapters.http.operator.OperatorJson;

/** A new agency and its first owner. */
@Schema(name = "Registration", description = "A new agency and its first owner.")
record RegistrationJson(TenantJson tenant, OperatorJson owner) {
}
