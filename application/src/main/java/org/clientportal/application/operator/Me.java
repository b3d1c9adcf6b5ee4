package org.clientportal.application.operator;

import java.util.Optional;
import org.clientportal.application.shared.Principal;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.tenant.Tenant;

/** Who the caller is: the agency, the principal (with the role it acts with), and the operator when it is one. */
public record Me(Tenant tenant, Principal principal, Optional<Operator> operator) {
}
