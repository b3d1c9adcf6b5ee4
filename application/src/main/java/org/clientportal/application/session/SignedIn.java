package org.clientportal.application.session;

import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.tenant.Tenant;

/** A fresh session and whom it belongs to. */
public record SignedIn(Session session, Operator operator, Tenant tenant) {
}
