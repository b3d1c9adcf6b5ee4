package org.clientportal.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientportal.adapters.crypto.BcryptPasswordHasher;
import org.clientportal.adapters.docs.DocsSettings;
import org.clientportal.adapters.files.S3Settings;
import org.clientportal.adapters.http.HttpSettings;
import org.clientportal.adapters.http.web.AddressRange;
import org.clientportal.adapters.persistence.PersistenceSettings;
import org.clientportal.adapters.notify.HubSettings;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.notification.RelaySettings;
import org.clientportal.application.portal.PortalLinkSettings;
import org.clientportal.application.session.SessionLifetime;

/**
 * Everything the service reads from its environment, with defaults that run it on this machine's
 * local PostgreSQL and without Redis. The README lists each variable.
 */
public record PortalConfig(String httpHost, int httpPort, PersistenceSettings database, Optional<String> redisUrl,
                           String redisKeyPrefix, SessionLifetime sessionLifetime, boolean secureCookies,
                           long maxBodyBytes, int bcryptCost, Duration idempotencyRetention,
                           Duration httpHeaderTimeout, Duration httpBodyTimeout, Duration httpIdleTimeout,
                           int httpMaxThreads, Set<String> corsOrigins, List<AddressRange> trustedProxies,
                           PortalLinkSettings portalLinks, FileStoreSettings files, FileLinkSettings fileLinks,
                           Optional<MetricsSettings> metrics, Optional<HubTarget> hub, RelaySettings relay,
                           Duration relayInterval, boolean jobs, Optional<DocsSettings> docs, LogFormat logFormat) {

    public static final String DEFAULT_DB_URL = "jdbc:postgresql://127.0.0.1:5432/portal";

    /** The same settings, with the background work (the relay, the jobs) on or off. */
    public PortalConfig withJobs(boolean on) {
        return new PortalConfig(httpHost, httpPort, database, redisUrl, redisKeyPrefix, sessionLifetime, secureCookies,
                maxBodyBytes, bcryptCost, idempotencyRetention, httpHeaderTimeout, httpBodyTimeout, httpIdleTimeout,
                httpMaxThreads, corsOrigins, trustedProxies, portalLinks, files, fileLinks, metrics, hub, relay,
                relayInterval, on, docs, logFormat);
    }

    public static PortalConfig fromEnvironment(Map<String, String> env) {
        Variables vars = new Variables(env);
        PersistenceSettings database;
        try {
            database = new PersistenceSettings(
                    vars.text("PORTAL_DB_URL", DEFAULT_DB_URL),
                    vars.text("PORTAL_DB_USER", "postgres"),
                    vars.text("PORTAL_DB_PASSWORD", ""),
                    vars.text("PORTAL_DB_APP_USER", PersistenceSettings.DEFAULT_RUNTIME_ROLE),
                    vars.text("PORTAL_DB_APP_PASSWORD", ""),
                    vars.integer("PORTAL_DB_POOL_SIZE", PersistenceSettings.DEFAULT_POOL_SIZE, 1, 200));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("Database settings: " + e.getMessage());
        }
        int httpPort = vars.integer("PORTAL_HTTP_PORT", 7070, 0, 65535);
        return new PortalConfig(
                vars.text("PORTAL_HTTP_HOST", "0.0.0.0"),
                httpPort,
                database,
                Optional.ofNullable(env.get("PORTAL_REDIS_URL")).filter(url -> !url.isBlank()),
                vars.text("PORTAL_REDIS_KEY_PREFIX", "portal:"),
                sessionLifetime(Duration.ofMinutes(vars.integer("PORTAL_SESSION_IDLE_MINUTES", 480, 1, 60 * 24 * 30)),
                        Duration.ofHours(vars.integer("PORTAL_SESSION_MAX_HOURS", 24, 1, 24 * 90))),
                vars.bool("PORTAL_SECURE_COOKIES", false),
                vars.integer("PORTAL_MAX_BODY_BYTES", 1_000_000, 1_000, 50_000_000),
                vars.integer("PORTAL_BCRYPT_COST", BcryptPasswordHasher.DEFAULT_COST, 4, 16),
                Duration.ofHours(vars.integer("PORTAL_IDEMPOTENCY_RETENTION_HOURS",
                        (int) IdempotentRequests.DEFAULT_RETENTION.toHours(), 1, 24 * 30)),
                Duration.ofSeconds(vars.integer("PORTAL_HTTP_HEADER_TIMEOUT_SECONDS",
                        (int) HttpSettings.DEFAULT_HEADER_TIMEOUT.toSeconds(), 1, 300)),
                Duration.ofSeconds(vars.integer("PORTAL_HTTP_BODY_TIMEOUT_SECONDS",
                        (int) HttpSettings.DEFAULT_BODY_TIMEOUT.toSeconds(), 1, 3600)),
                Duration.ofSeconds(vars.integer("PORTAL_HTTP_IDLE_TIMEOUT_SECONDS",
                        (int) HttpSettings.DEFAULT_IDLE_TIMEOUT.toSeconds(), 1, 3600)),
                vars.integer("PORTAL_HTTP_MAX_THREADS", HttpSettings.DEFAULT_MAX_THREADS,
                        HttpSettings.MIN_MAX_THREADS, 2000),
                vars.origins("PORTAL_CORS_ORIGINS"),
                vars.addressRanges("PORTAL_TRUSTED_PROXIES"),
                new PortalLinkSettings(Duration.ofHours(vars.integer("PORTAL_LINK_TTL_HOURS",
                        (int) PortalLinkSettings.DEFAULT_TIME_TO_LIVE.toHours(), 1, 24 * 30)),
                        vars.baseUrl("PORTAL_PUBLIC_URL", "http://localhost:" + httpPort)),
                files(vars),
                fileLinks(vars),
                metrics(vars, httpPort),
                hub(vars),
                relay(vars),
                Duration.ofMillis(vars.integer("PORTAL_RELAY_INTERVAL_MS", 1000, 10, 60_000)),
                vars.bool("PORTAL_JOBS", true),
                docs(vars),
                vars.choice("PORTAL_LOG_FORMAT", LogFormat.class, LogFormat.TEXT));
    }

    /**
     * Off unless PORTAL_HUB_URL (the hub, with its shared secret required) or PORTAL_HUB_FILE (a file of
     * JSON lines) is set. Not both: the relay marks an event delivered once, so it cannot go to two places.
     */
    private static Optional<HubTarget> hub(Variables vars) {
        boolean toHub = !vars.isUnset("PORTAL_HUB_URL");
        boolean toFile = !vars.isUnset("PORTAL_HUB_FILE");
        if (toHub && toFile) {
            throw new ConfigurationError("PORTAL_HUB_URL and PORTAL_HUB_FILE are both set; set one of them: the"
                    + " relay delivers the events either to the hub or to a file");
        }
        if (toFile) {
            return Optional.of(new HubTarget.File(vars.path("PORTAL_HUB_FILE")));
        }
        if (!toHub) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HubTarget.Http(new HubSettings(
                    vars.uri("PORTAL_HUB_URL", vars.text("PORTAL_HUB_URL", "")),
                    vars.text("PORTAL_HUB_SECRET", ""),
                    Duration.ofMillis(vars.integer("PORTAL_HUB_TIMEOUT_MS",
                            (int) HubSettings.DEFAULT_TIMEOUT.toMillis(), 100, 120_000)),
                    vars.integer("PORTAL_HUB_ATTEMPTS", HubSettings.DEFAULT_ATTEMPTS, 1, 10),
                    Duration.ofMillis(vars.integer("PORTAL_HUB_RETRY_WAIT_MS",
                            (int) HubSettings.DEFAULT_FIRST_WAIT.toMillis(), 1, 60_000)),
                    Duration.ofMillis(vars.integer("PORTAL_HUB_CIRCUIT_OPEN_MS",
                            (int) HubSettings.DEFAULT_OPEN_FOR.toMillis(), 1, 3_600_000)))));
        } catch (IllegalArgumentException e) {
            // The message never repeats the secret.
            throw new ConfigurationError("PORTAL_HUB_URL is set, so the hub's settings must be complete: "
                    + e.getMessage());
        }
    }

    /** Pulls from Klevar Docs are off (503) unless PORTAL_DOCS_URL is set; its webhooks need no setting here. */
    private static Optional<DocsSettings> docs(Variables vars) {
        if (vars.isUnset("PORTAL_DOCS_URL")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocsSettings(vars.uri("PORTAL_DOCS_URL", vars.text("PORTAL_DOCS_URL", "")),
                    Duration.ofMillis(vars.integer("PORTAL_DOCS_TIMEOUT_MS",
                            (int) DocsSettings.DEFAULT_TIMEOUT.toMillis(), 100, 120_000)),
                    vars.integer("PORTAL_DOCS_ATTEMPTS", DocsSettings.DEFAULT_ATTEMPTS, 1, 10),
                    Duration.ofMillis(vars.integer("PORTAL_DOCS_RETRY_WAIT_MS",
                            (int) DocsSettings.DEFAULT_FIRST_WAIT.toMillis(), 1, 60_000)),
                    Duration.ofMillis(vars.integer("PORTAL_DOCS_CIRCUIT_OPEN_MS",
                            (int) DocsSettings.DEFAULT_OPEN_FOR.toMillis(), 1, 3_600_000))));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("PORTAL_DOCS_URL: " + e.getMessage());
        }
    }

    private static RelaySettings relay(Variables vars) {
        RelaySettings d = RelaySettings.DEFAULT;
        try {
            return new RelaySettings(d.batch(), d.lease(),
                    Duration.ofMillis(vars.integer("PORTAL_RELAY_FIRST_RETRY_MS", (int) d.firstRetry().toMillis(), 1,
                            3_600_000)),
                    Duration.ofMillis(vars.integer("PORTAL_RELAY_LAST_RETRY_MS", (int) d.lastRetry().toMillis(), 1,
                            86_400_000)));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("PORTAL_RELAY_LAST_RETRY_MS must not be below PORTAL_RELAY_FIRST_RETRY_MS");
        }
    }

    private static FileStoreSettings files(Variables vars) {
        Path directory = Path.of(vars.text("PORTAL_FILES_DIR", FileStoreSettings.DEFAULT_DIRECTORY.toString()));
        Optional<String> bucket = Optional.ofNullable(vars.env().get("PORTAL_FILES_S3_BUCKET")).filter(b -> !b.isBlank());
        if (bucket.isEmpty()) {
            return new FileStoreSettings(directory, Optional.empty());
        }
        try {
            return new FileStoreSettings(directory, Optional.of(new S3Settings(
                    Optional.ofNullable(vars.env().get("PORTAL_FILES_S3_ENDPOINT")).filter(e -> !e.isBlank())
                            .map(e -> vars.uri("PORTAL_FILES_S3_ENDPOINT", e)),
                    vars.text("PORTAL_FILES_S3_REGION", ""), bucket.get().strip(),
                    vars.text("PORTAL_FILES_S3_ACCESS_KEY", ""), vars.text("PORTAL_FILES_S3_SECRET_KEY", ""),
                    vars.bool("PORTAL_FILES_S3_PATH_STYLE", true))));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError("PORTAL_FILES_S3_BUCKET is set, so the S3 settings must be complete: "
                    + e.getMessage());
        }
    }

    private static FileLinkSettings fileLinks(Variables vars) {
        Duration lifetime = Duration.ofMinutes(vars.integer("PORTAL_FILES_LINK_TTL_MINUTES",
                (int) FileLinkSettings.DEFAULT_LIFETIME.toMinutes(), 1, 24 * 60));
        try {
            return new FileLinkSettings(lifetime,
                    Optional.ofNullable(vars.env().get("PORTAL_FILES_SIGNING_KEY")).filter(k -> !k.isBlank()));
        } catch (IllegalArgumentException e) {
            // The message never repeats the value: it is a secret.
            throw new ConfigurationError("PORTAL_FILES_SIGNING_KEY must be Base64 of at least "
                    + FileLinkSettings.MIN_KEY_BYTES + " random bytes (" + e.getMessage() + ")");
        }
    }

    /** No metrics listener unless a port is given; it binds the loopback interface unless told otherwise. */
    private static Optional<MetricsSettings> metrics(Variables vars, int httpPort) {
        if (vars.isUnset("PORTAL_METRICS_PORT")) {
            if (!vars.isUnset("PORTAL_METRICS_HOST")) {
                throw new ConfigurationError("PORTAL_METRICS_HOST is set but PORTAL_METRICS_PORT is not;"
                        + " set the port to serve metrics");
            }
            return Optional.empty();
        }
        int port = vars.integer("PORTAL_METRICS_PORT", 0, 0, 65535);
        if (port != 0 && port == httpPort) {
            throw new ConfigurationError("PORTAL_METRICS_PORT must differ from PORTAL_HTTP_PORT (" + httpPort
                    + "): metrics have a listener of their own");
        }
        return Optional.of(new MetricsSettings(vars.text("PORTAL_METRICS_HOST", "127.0.0.1"), port));
    }

    private static SessionLifetime sessionLifetime(Duration idle, Duration absolute) {
        if (absolute.compareTo(idle) < 0) {
            throw new ConfigurationError("PORTAL_SESSION_MAX_HOURS must be at least PORTAL_SESSION_IDLE_MINUTES");
        }
        return new SessionLifetime(idle, absolute);
    }

    /** What the HTTP adapter needs of these settings. */
    public HttpSettings httpSettings() {
        return new HttpSettings(secureCookies, maxBodyBytes, httpHeaderTimeout, httpBodyTimeout, httpIdleTimeout,
                httpMaxThreads, corsOrigins, trustedProxies);
    }

    /** A variable with an unusable value: reported in one line at start. */
    public static final class ConfigurationError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ConfigurationError(String message) {
            super(message);
        }
    }

    private record Variables(Map<String, String> env) {

        boolean isUnset(String name) {
            String value = env.get(name);
            return value == null || value.isBlank();
        }

        /** One of an enum's constants, written in any case: {@code json}, {@code JSON}. */
        <E extends Enum<E>> E choice(String name, Class<E> options, E fallback) {
            if (isUnset(name)) {
                return fallback;
            }
            String value = env.get(name);
            for (E option : options.getEnumConstants()) {
                if (option.name().equalsIgnoreCase(value.strip())) {
                    return option;
                }
            }
            throw new ConfigurationError(name + " must be one of " + Arrays.stream(options.getEnumConstants())
                    .map(option -> option.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + value + "'");
        }

        String text(String name, String fallback) {
            String value = env.get(name);
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int integer(String name, int fallback, int min, int max) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.strip());
                if (parsed >= min && parsed <= max) {
                    return parsed;
                }
            } catch (NumberFormatException e) {
                // reported below, with the accepted range
            }
            throw new ConfigurationError(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
        }

        /**
         * Comma-separated exact origins, {@code scheme://host[:port]} with http or https and nothing
         * after; written as browsers send them in {@code Origin} (lower case, no default port).
         */
        /** An absolute http(s) URL with nothing after the path: where people reach this portal. */
        String baseUrl(String name, String fallback) {
            String value = text(name, fallback);
            try {
                URI uri = new URI(value);
                if ((uri.getScheme() == null || !uri.getScheme().matches("https?")) || uri.getHost() == null
                        || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                    throw new URISyntaxException(value, "not an absolute http(s) URL");
                }
                return uri.toString();
            } catch (URISyntaxException e) {
                throw new ConfigurationError(name + " must be the portal's public address, such as"
                        + " https://portal.example.com, not '" + value + "'");
            }
        }

        Path path(String name) {
            String value = text(name, "");
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new ConfigurationError(name + " must be a file's path such as /var/lib/portal/events.jsonl, not '"
                        + value + "'");
            }
        }

        URI uri(String name, String value) {
            try {
                return new URI(value.strip());
            } catch (URISyntaxException e) {
                throw new ConfigurationError(name + " must be a URL such as https://s3.example.com, not '" + value + "'");
            }
        }

        /** Comma-separated addresses or CIDR ranges, such as {@code 10.0.0.0/8, 192.0.2.7, fd00::/8}. */
        List<AddressRange> addressRanges(String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return List.of();
            }
            List<AddressRange> ranges = new ArrayList<>();
            for (String item : value.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                try {
                    ranges.add(AddressRange.parse(item));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationError(name + " must list addresses or CIDR ranges such as 10.0.0.0/8"
                            + " (comma-separated), not '" + item.strip() + "'");
                }
            }
            return List.copyOf(ranges);
        }

        Set<String> origins(String name) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return Set.of();
            }
            Set<String> origins = new LinkedHashSet<>();
            for (String item : value.split(",")) {
                String origin = item.strip();
                if (!origin.isEmpty()) {
                    origins.add(origin(name, origin));
                }
            }
            return Set.copyOf(origins);
        }

        private static String origin(String name, String origin) {
            URI uri;
            try {
                uri = new URI(origin);
            } catch (URISyntaxException e) {
                uri = null;
            }
            String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean plain = uri != null && (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null && uri.getRawPath().isEmpty() && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            if (!plain) {
                throw new ConfigurationError(name + " must list origins such as https://app.example.com"
                        + " (scheme, host and optional port, comma-separated), not '" + origin + "'");
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        }

        boolean bool(String name, boolean fallback) {
            String value = env.get(name);
            if (value == null || value.isBlank()) {
                return fallback;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true", "1", "yes", "on" -> true;
                case "false", "0", "no", "off" -> false;
                default -> throw new ConfigurationError(name + " must be on or off (true or false), not '" + value
                        + "'");
            };
        }
    }
}
