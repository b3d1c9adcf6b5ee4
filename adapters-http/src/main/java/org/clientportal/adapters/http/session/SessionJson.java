package org.clientportal.adapters.http.session;

import java.time.Instant;
import org.clientportal.adapters.http.operator.OperatorJson;
import org.clientportal.adapters.http.tenant.TenantJson;

/** A signed-in session: the CSRF token that writes must echo, and whose session it is. */
record SessionJson(String csrfToken, Instant createdAt, OperatorJson operator, TenantJson tenant) {
}
