package org.clientportal.adapters.http.tenant;

import org.clientportal.adapters.http.operator.OperatorJson;

/** A new agency and its first owner. */
record RegistrationJson(TenantJson tenant, OperatorJson owner) {
}
