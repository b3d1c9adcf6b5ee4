package org.clientportal.application.apikey;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.domain.shared.TenantId;

/**
 * The key as a caller holds it: {@code cmp_<tenant id, 32 hex>_<secret, 43 url-safe chars>}.
 * Carrying the tenant lets the server look the key up inside that tenant's rows, so resolving a
 * key needs no table readable across tenants. Only the secret's digest is stored.
 */
public record ApiKeyToken(TenantId tenantId, String value) {

    private static final Pattern SHAPE = Pattern.compile("^cmp_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$");
    public static final int SECRET_BYTES = 32;

    public static ApiKeyToken issue(TenantId tenant, String secret) {
        return new ApiKeyToken(tenant, "cmp_" + tenant.value().toString().replace("-", "") + "_" + secret);
    }

    public static Optional<ApiKeyToken> parse(String raw) {
        Matcher m = raw == null ? null : SHAPE.matcher(raw);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        String hex = m.group(1);
        UUID tenant = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16));
        return Optional.of(new ApiKeyToken(new TenantId(tenant), raw));
    }

    @Override
    public String toString() {
        return "ApiKeyToken[tenant=" + tenantId + ", value=***]";
    }
}
