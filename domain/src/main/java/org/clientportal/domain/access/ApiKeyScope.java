package org.clientportal.domain.access;

import java.util.Arrays;
import java.util.Optional;
import org.clientportal.domain.operator.Permission;

/**
 * What an API key is for, narrowing what its role allows: everything ({@code full}), reading only
 * ({@code read}), or writing project metrics only ({@code metrics:write}), the one thing an
 * integrator's collector needs. A key acts with the permissions its role grants and one of its
 * scopes covers.
 */
public enum ApiKeyScope {
    FULL("full"),
    READ("read"),
    METRICS_WRITE("metrics:write");

    private final String wireName;

    ApiKeyScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ApiKeyScope> of(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
    }

    public boolean covers(Permission permission) {
        return switch (this) {
            case FULL -> true;
            case READ -> permission == Permission.READ;
            case METRICS_WRITE -> permission == Permission.WRITE_METRICS;
        };
    }
}
