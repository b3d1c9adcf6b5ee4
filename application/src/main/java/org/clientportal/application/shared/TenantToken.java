package org.clientportal.application.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.IntPredicate;
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

    private static final int KIND_LENGTH = 3;
    private static final int TENANT_HEX = 32;
    private static final int SECRET_CHARS = 43;
    private static final int TENANT_START = KIND_LENGTH + 1;
    private static final int SECRET_START = TENANT_START + TENANT_HEX + 1;
    private static final int LENGTH = SECRET_START + SECRET_CHARS;

    public static TenantToken issue(String kind, TenantId tenant, String secret) {
        return new TenantToken(tenant, kind + "_" + tenant.value().toString().replace("-", "") + "_" + secret);
    }

    /**
     * The token, when the text is one of this kind. Checked character by character, not by a regular
     * expression: this runs on every request with an API key.
     */
    public static Optional<TenantToken> parse(String kind, String raw) {
        if (raw == null || raw.length() != LENGTH || kind.length() != KIND_LENGTH || !raw.startsWith(kind)
                || raw.charAt(KIND_LENGTH) != '_' || raw.charAt(SECRET_START - 1) != '_'
                || !allMatch(raw, TENANT_START, SECRET_START - 1, TenantToken::isLowerHex)
                || !allMatch(raw, SECRET_START, LENGTH, TenantToken::isUrlSafe)) {
            return Optional.empty();
        }
        String hex = raw.substring(TENANT_START, SECRET_START - 1);
        TenantId tenant = new TenantId(new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                Long.parseUnsignedLong(hex.substring(16), 16)));
        return Optional.of(new TenantToken(tenant, raw));
    }

    private static boolean allMatch(String text, int from, int to, IntPredicate test) {
        for (int i = from; i < to; i++) {
            if (!test.test(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    /** URL-safe Base64: letters, digits, '-' and '_'. */
    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    @Override
    public String toString() {
        return "TenantToken[tenant=" + tenantId + ", value=***]";
    }
}
