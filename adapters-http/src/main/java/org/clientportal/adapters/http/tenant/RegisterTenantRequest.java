package org.clientportal.adapters.http.tenant;

public record RegisterTenantRequest(String name, String slug, String ownerEmail, String ownerPassword,
                                    String ownerName) {
}
