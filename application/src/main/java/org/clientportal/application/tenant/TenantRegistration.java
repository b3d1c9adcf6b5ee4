package org.clientportal.application.tenant;

import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.tenant.Tenant;

public record TenantRegistration(Tenant tenant, Operator owner) {
}
