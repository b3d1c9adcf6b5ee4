package org.clientportal.application.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clientportal.domain.shared.TenantId;

/**
 * A secret as a caller holds it: {@code <kind>_<tenant id, 32 hex>_<secret, 43 url-safe chars>}
 * ({@code cmp_…} an API key, {@code cpl_…} a portal link). Carrying the tenant lets the server look
 * the secret's digest up inside that tenant's rows, so resolving one needs no table readable across
 * tenants. Only the digest of {@code value} is ever stored.
 */
public record TenantToken(TenantId tenantId, String value) {

    public static final String API_KEY = "cmp";
    public static final String PORTAL_LINK = "cpl";

    /** 256 bits of secret, 43 characters in URL-safe Base64. */
    public static final int SECRET_BYTES = 32;

    private static final Pattern SHAPE = Pattern.compile("^([a-z]{3})_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$");

    public static TenantToken issue(String kind, TenantId tenant, String secret) {
        return new TenantToken(tenant, kind + "_" + tenant.value().toString().replace("-", "") + "_" + secret);
    }

    /** The token, when the text is one of this kind. */
    public static Optional<TenantToken> parse(String kind, String raw) {
        Matcher m = raw == null ? null : SHAPE.matcher(raw);
        if (m == null || !m.matches() || !m.group(1).equals(kind)) {
            return Optional.empty();
        }
        String hex = m.group(2);
        TenantId tenant = new TenantId(new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16)));
        return Optional.of(new TenantToken(tenant, raw));
    }

    @Override
    public String toString() {
        return "TenantToken[tenant=" + tenantId + ", value=***]";
    }
}
