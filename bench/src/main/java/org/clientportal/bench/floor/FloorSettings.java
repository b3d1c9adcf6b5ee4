package org.clientportal.bench.floor;

import java.util.Objects;
import java.util.UUID;

/** Where the floor listens, which database it works on as which role, and the one API key it knows. */
record FloorSettings(int port, String dbUrl, String dbUser, int poolSize, String apiKey, UUID tenantId) {

    FloorSettings {
        Objects.requireNonNull(dbUrl, "FLOOR_DB_URL");
        Objects.requireNonNull(dbUser, "FLOOR_DB_USER");
        Objects.requireNonNull(apiKey, "FLOOR_API_KEY");
        Objects.requireNonNull(tenantId, "FLOOR_TENANT_ID");
    }

    static FloorSettings fromEnvironment() {
        return new FloorSettings(Integer.parseInt(required("FLOOR_PORT")), required("FLOOR_DB_URL"),
                required("FLOOR_DB_USER"), Integer.parseInt(System.getenv().getOrDefault("FLOOR_POOL_SIZE", "10")),
                required("FLOOR_API_KEY"), UUID.fromString(required("FLOOR_TENANT_ID")));
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is not set");
        }
        return value;
    }
}
