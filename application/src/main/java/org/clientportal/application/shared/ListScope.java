package org.clientportal.application.shared;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.clientportal.domain.shared.TenantId;

/**
 * What a cursor is bound to: one list, of one agency, with one set of filters, in one order. A
 * cursor is good for that list only; sent with anything else it is refused, rather than answered
 * with a page that silently skips or repeats rows. The filters are kept as a fingerprint of their
 * canonical form, so a cursor stays short whatever the search text.
 */
public record ListScope(String list, TenantId tenant, String sort, long filters) {

    public ListScope {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(sort, "sort");
    }

    /** {@code canonicalFilters}: the filters written one way only (see each list's search record). */
    public static ListScope of(String list, TenantId tenant, String sort, String canonicalFilters) {
        return new ListScope(list, tenant, sort, fingerprint(canonicalFilters));
    }

    /** 64-bit FNV-1a of the UTF-8 bytes: tells filter sets apart, which is all a cursor needs of them. */
    static long fingerprint(String canonicalFilters) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : canonicalFilters.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
