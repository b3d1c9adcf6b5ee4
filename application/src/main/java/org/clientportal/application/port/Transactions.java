package org.clientportal.application.port;

import java.util.function.Supplier;
import org.clientportal.domain.shared.TenantId;

/** The transaction boundary. Everything one use case writes commits together or not at all. */
public interface Transactions {

    /** Runs the work in one transaction that can see and change the given tenant's rows only. */
    <T> T inTenant(TenantId tenant, Supplier<T> work);

    /**
     * Runs the work in one transaction bound to no tenant: it sees no tenant's rows. Only for the
     * narrow lookups that find a tenant before one is known (a slug at login or intake).
     */
    <T> T outsideTenant(Supplier<T> work);
}
