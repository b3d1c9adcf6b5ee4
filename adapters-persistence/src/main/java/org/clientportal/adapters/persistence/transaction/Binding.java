package org.clientportal.adapters.persistence.transaction;

import java.util.Objects;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.TenantId;

/**
 * What a transaction is bound to, as the settings row-level security reads: the tenant, the
 * audience ({@code agency} or {@code portal}) and, in the portal, the client and the contact. An
 * empty value is unset, and a policy that needs it admits nothing.
 */
record Binding(String tenant, String audience, String client, String contact) {

    private static final String UNSET = "";

    Binding {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(contact, "contact");
    }

    static Binding agency(TenantId tenant) {
        return new Binding(tenant.toString(), "agency", UNSET, UNSET);
    }

    static Binding portal(PortalScope scope) {
        return new Binding(scope.tenantId().toString(), "portal", scope.clientId().toString(),
                scope.contactId().toString());
    }

    /** The portal audience for a client and no contact: what every contact of the client may see. */
    static Binding clientView(TenantId tenant, ClientId client) {
        return new Binding(tenant.toString(), "portal", client.toString(), UNSET);
    }

    static Binding none() {
        return new Binding(UNSET, UNSET, UNSET, UNSET);
    }

    @Override
    public String toString() {
        if (tenant.isEmpty()) {
            return "no tenant";
        }
        return audience.equals("portal") ? "tenant " + tenant + " in the portal for client " + client
                : "tenant " + tenant;
    }
}
