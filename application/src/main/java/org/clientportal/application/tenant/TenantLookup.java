package org.clientportal.application.tenant;

import java.util.Optional;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.tenant.TenantSlug;

/** Finds an agency by the slug a caller typed, before any tenant is known. */
public final class TenantLookup {

    private final Transactions transactions;
    private final TenantRepository tenants;

    public TenantLookup(Transactions transactions, TenantRepository tenants) {
        this.transactions = transactions;
        this.tenants = tenants;
    }

    /** A slug of the wrong shape names no agency: empty, like an unknown one. */
    public Optional<TenantId> bySlug(String rawSlug) {
        TenantSlug slug;
        try {
            slug = new TenantSlug(rawSlug);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return transactions.outsideTenant(() -> tenants.idForSlug(slug));
    }
}
