package org.clientportal.application.tenant;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.RateLimits;

/** Agencies: self-registration with an owner account. */
public record TenantFeature(RegisterTenant registerTenant) {

    public static TenantFeature wire(Transactions transactions, TenantRepository tenants, OperatorRepository operators,
                                     AuditRecorder audit, PasswordHasher passwords, RateLimits rateLimits, IdSource ids,
                                     Clock clock) {
        return new TenantFeature(
                new RegisterTenant(transactions, tenants, operators, audit, passwords, rateLimits, ids, clock));
    }
}
