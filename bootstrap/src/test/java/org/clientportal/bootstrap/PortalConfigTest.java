package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.clientportal.adapters.files.S3Settings;
import org.clientportal.adapters.http.HttpSettings;
import org.clientportal.adapters.http.web.AddressRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortalConfigTest {

    @Test
    void nothingConfigured_meansLocalPostgresAsPostgres_noRedis_port7070() {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of());

        assertThat(config.httpPort()).isEqualTo(7070);
        assertThat(config.database().jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/portal");
        assertThat(config.database().adminUser()).isEqualTo("postgres");
        assertThat(config.database().runtimeRole()).isEqualTo("portal_app");
        assertThat(config.database().poolSize()).isEqualTo(10);
        assertThat(config.redisUrl()).isEmpty();
        assertThat(config.redisKeyPrefix()).isEqualTo("portal:");
        assertThat(config.sessionLifetime().idle()).isEqualTo(Duration.ofHours(8));
        assertThat(config.sessionLifetime().absolute()).isEqualTo(Duration.ofHours(24));
        assertThat(config.trustedProxies()).isEmpty();
        assertThat(config.httpSettings()).isEqualTo(HttpSettings.defaults());
        assertThat(config.httpHeaderTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.httpBodyTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.httpIdleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.httpMaxThreads()).isEqualTo(50);
        assertThat(config.corsOrigins()).isEmpty();
        assertThat(config.portalLinks().timeToLive()).isEqualTo(Duration.ofHours(72));
        assertThat(config.portalLinks().publicUrl()).isEqualTo("http://localhost:7070");
        assertThat(config.metrics()).isEmpty();
        assertThat(config.logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    void aMetricsPort_opensTheMetricsListener_onTheLoopbackInterfaceUnlessAHostIsGiven() {
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_PORT", "9464")).metrics())
                .contains(new MetricsSettings("127.0.0.1", 9464));
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_PORT", "0", "PORTAL_METRICS_HOST", "10.1.2.3"))
                .metrics()).contains(new MetricsSettings("10.1.2.3", 0));
    }

    @Test
    void unusableMetricsSettings_areRefusedInOneSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_PORT", "prometheus")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_METRICS_PORT must be a whole number from 0 to 65535, not 'prometheus'");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_PORT", "70000")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_PORT", "8080",
                "PORTAL_HTTP_PORT", "8080")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_METRICS_PORT must differ from PORTAL_HTTP_PORT (8080): metrics have a listener"
                        + " of their own");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_METRICS_HOST", "0.0.0.0")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_METRICS_HOST is set but PORTAL_METRICS_PORT is not; set the port to serve metrics");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "JSON", " Json "})
    void theLogFormat_isReadInAnyCase(String value) {
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_LOG_FORMAT", value)).logFormat())
                .isEqualTo(LogFormat.JSON);
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_LOG_FORMAT", "text")).logFormat())
                .isEqualTo(LogFormat.TEXT);
    }

    @Test
    void anUnknownLogFormat_isRefusedInOneSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_LOG_FORMAT", "xml")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_LOG_FORMAT must be one of [text, json], not 'xml'");
    }

    @Test
    void files_goToTheLocalDirectory_unlessABucketIsSet() {
        assertThat(PortalConfig.fromEnvironment(Map.of()).files())
                .isEqualTo(new FileStoreSettings(Path.of("data", "files"), Optional.empty()));
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_DIR", "/srv/portal/files")).files().directory())
                .isEqualTo(Path.of("/srv/portal/files"));
    }

    @Test
    void downloadLinks_live15Minutes_andAreSignedWithTheDatabasesKey_unlessToldOtherwise() {
        FileLinkSettings defaults = PortalConfig.fromEnvironment(Map.of()).fileLinks();
        assertThat(defaults.lifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.key(() -> new byte[] {7})).containsExactly(7);

        String key = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA";
        FileLinkSettings set = PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_LINK_TTL_MINUTES", "2",
                "PORTAL_FILES_SIGNING_KEY", key)).fileLinks();
        assertThat(set.lifetime()).isEqualTo(Duration.ofMinutes(2));
        assertThat(set.key(() -> new byte[] {7})).hasSize(32).startsWith((byte) 0xab, (byte) 0xcd);
        assertThat(set.toString()).doesNotContain(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c2hvcnQ=", "not base64!"})
    void anUnusableSigningKey_isRefused_withoutRepeatingIt(String key) {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_SIGNING_KEY", key)))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessageStartingWith("PORTAL_FILES_SIGNING_KEY must be Base64 of at least 32 random bytes")
                .message().doesNotContain(key);
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_LINK_TTL_MINUTES", "0")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_FILES_LINK_TTL_MINUTES must be a whole number from 1 to 1440, not '0'");
    }

    @Test
    void aBucket_selectsTheS3Store_withPathStyleUnlessTurnedOff() {
        Map<String, String> s3 = Map.of("PORTAL_FILES_S3_BUCKET", "portal-files",
                "PORTAL_FILES_S3_ENDPOINT", "http://127.0.0.1:9000", "PORTAL_FILES_S3_REGION", "us-east-1",
                "PORTAL_FILES_S3_ACCESS_KEY", "access", "PORTAL_FILES_S3_SECRET_KEY", "secret");

        assertThat(PortalConfig.fromEnvironment(s3).files().s3()).contains(new S3Settings(
                Optional.of(URI.create("http://127.0.0.1:9000")), "us-east-1", "portal-files", "access", "secret", true));
        Map<String, String> virtualHosts = new HashMap<>(s3);
        virtualHosts.put("PORTAL_FILES_S3_PATH_STYLE", "false");
        virtualHosts.remove("PORTAL_FILES_S3_ENDPOINT");
        assertThat(PortalConfig.fromEnvironment(virtualHosts).files().s3().orElseThrow())
                .extracting(S3Settings::pathStyle, S3Settings::endpoint).containsExactly(false, Optional.empty());
    }

    @Test
    void anIncompleteOrUnusableS3Setting_isRefusedInOneSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_S3_BUCKET", "portal-files",
                "PORTAL_FILES_S3_REGION", "us-east-1", "PORTAL_FILES_S3_ACCESS_KEY", "access")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_FILES_S3_BUCKET is set, so the S3 settings must be complete: the S3 secret key is"
                        + " required");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_S3_BUCKET", "b",
                "PORTAL_FILES_S3_ENDPOINT", "ftp://files.example", "PORTAL_FILES_S3_REGION", "r",
                "PORTAL_FILES_S3_ACCESS_KEY", "a", "PORTAL_FILES_S3_SECRET_KEY", "s")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessageContaining("the S3 endpoint must be an http or https URL");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_S3_BUCKET", "b",
                "PORTAL_FILES_S3_ENDPOINT", "http://bad host", "PORTAL_FILES_S3_REGION", "r",
                "PORTAL_FILES_S3_ACCESS_KEY", "a", "PORTAL_FILES_S3_SECRET_KEY", "s")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_FILES_S3_ENDPOINT must be a URL such as https://s3.example.com, not 'http://bad host'");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_FILES_S3_BUCKET", "b",
                "PORTAL_FILES_S3_REGION", "r", "PORTAL_FILES_S3_ACCESS_KEY", "a", "PORTAL_FILES_S3_SECRET_KEY", "s",
                "PORTAL_FILES_S3_PATH_STYLE", "maybe")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_FILES_S3_PATH_STYLE must be on or off (true or false), not 'maybe'");
    }

    @Test
    void theBackgroundWork_isOnUnlessTurnedOff_andTheHubIsOffUntilItsUrlAndSecretAreGiven() {
        PortalConfig defaults = PortalConfig.fromEnvironment(Map.of());
        assertThat(defaults.jobs()).isTrue();
        assertThat(defaults.hub()).isEmpty();
        assertThat(PortalConfig.fromEnvironment(Map.of("PORTAL_JOBS", "off")).jobs()).isFalse();

        PortalConfig hub = PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_URL", "https://hub.example.com/events",
                "PORTAL_HUB_SECRET", "sixteen chars at least", "PORTAL_RELAY_FIRST_RETRY_MS", "100",
                "PORTAL_RELAY_LAST_RETRY_MS", "800"));
        assertThat(hub.hub().orElseThrow()).isInstanceOfSatisfying(HubTarget.Http.class,
                http -> assertThat(http.settings().url()).hasToString("https://hub.example.com/events"));
        assertThat(hub.relay().retryAfter(10)).isEqualTo(Duration.ofMillis(800));
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_URL", "https://hub.example.com")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessageContaining("the hub's secret must be at least 16 characters");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_URL", "ftp://hub.example.com",
                "PORTAL_HUB_SECRET", "sixteen chars at least")))
                .isInstanceOf(PortalConfig.ConfigurationError.class).hasMessageContaining("http or https");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_RELAY_FIRST_RETRY_MS", "5000",
                "PORTAL_RELAY_LAST_RETRY_MS", "100")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
    }

    @Test
    void theRelay_writesTheEventsToAFile_whenPortalHubFileIsSet_butNeverWithAHubUrlToo() {
        PortalConfig file = PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_FILE", " /var/lib/portal/events.jsonl "));
        assertThat(file.hub()).contains(new HubTarget.File(Path.of("/var/lib/portal/events.jsonl")));
        assertThat(file.withJobs(false).hub()).isEqualTo(file.hub());

        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_FILE", "/var/lib/portal/events.jsonl",
                "PORTAL_HUB_URL", "https://hub.example.com/events", "PORTAL_HUB_SECRET", "sixteen chars at least")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_HUB_URL and PORTAL_HUB_FILE are both set; set one of them: the relay delivers"
                        + " the events either to the hub or to a file");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HUB_FILE", "events\0.jsonl")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessageStartingWith("PORTAL_HUB_FILE must be a file's path");
    }

    @Test
    void pullsFromKlevarDocs_areOffUntilItsUrlIsGiven_andABadOneStopsTheStart() {
        assertThat(PortalConfig.fromEnvironment(Map.of()).docs()).isEmpty();
        PortalConfig docs = PortalConfig.fromEnvironment(Map.of("PORTAL_DOCS_URL", "https://docs.example.com",
                "PORTAL_DOCS_TIMEOUT_MS", "2500", "PORTAL_DOCS_ATTEMPTS", "4"));
        assertThat(docs.docs().orElseThrow().url()).hasToString("https://docs.example.com");
        assertThat(docs.docs().orElseThrow().timeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(docs.docs().orElseThrow().attempts()).isEqualTo(4);
        assertThat(docs.withJobs(false).docs()).isEqualTo(docs.docs());
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_DOCS_URL", "ftp://docs.example.com")))
                .isInstanceOf(PortalConfig.ConfigurationError.class).hasMessageContaining("PORTAL_DOCS_URL");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_DOCS_URL", "https://docs.example.com",
                "PORTAL_DOCS_ATTEMPTS", "0"))).isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessageContaining("PORTAL_DOCS_ATTEMPTS");
    }

    @Test
    void portalLinks_takeTheirLifetimeAndThePublicAddress() {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of("PORTAL_LINK_TTL_HOURS", "24",
                "PORTAL_PUBLIC_URL", "https://portal.agency.example/"));

        assertThat(config.portalLinks().timeToLive()).isEqualTo(Duration.ofHours(24));
        assertThat(config.portalLinks().publicUrl()).isEqualTo("https://portal.agency.example");
    }

    @Test
    void unusablePortalLinkSettings_areRefusedInOneSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_LINK_TTL_HOURS", "0")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_LINK_TTL_HOURS must be a whole number from 1 to 720, not '0'");
        for (String url : new String[] {"portal.example.com", "ftp://portal.example.com", "https://x.test/?a=1",
                "https://x.test/#top", "http:///nohost", "https://bad host"}) {
            assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_PUBLIC_URL", url)))
                    .as(url)
                    .isInstanceOf(PortalConfig.ConfigurationError.class)
                    .hasMessage("PORTAL_PUBLIC_URL must be the portal's public address, such as"
                            + " https://portal.example.com, not '" + url + "'");
        }
    }

    @Test
    void everyVariableIsRead() {
        PortalConfig config = PortalConfig.fromEnvironment(Map.ofEntries(
                Map.entry("PORTAL_HTTP_PORT", "8080"),
                Map.entry("PORTAL_DB_URL", "jdbc:postgresql://db:5432/agency"),
                Map.entry("PORTAL_DB_USER", "migrator"),
                Map.entry("PORTAL_DB_PASSWORD", "s3cret"),
                Map.entry("PORTAL_DB_APP_USER", "agency_app"),
                Map.entry("PORTAL_DB_APP_PASSWORD", "app-s3cret"),
                Map.entry("PORTAL_DB_POOL_SIZE", "4"),
                Map.entry("PORTAL_REDIS_URL", "redis://cache:6379"),
                Map.entry("PORTAL_REDIS_KEY_PREFIX", "agency-a:"),
                Map.entry("PORTAL_SESSION_IDLE_MINUTES", "30"),
                Map.entry("PORTAL_SECURE_COOKIES", "true")));

        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.database().adminUser()).isEqualTo("migrator");
        assertThat(config.database().adminPassword()).isEqualTo("s3cret");
        assertThat(config.database().runtimePassword()).isEqualTo("app-s3cret");
        assertThat(config.database().runtimeRole()).isEqualTo("agency_app");
        assertThat(config.database().poolSize()).isEqualTo(4);
        assertThat(config.redisUrl()).contains("redis://cache:6379");
        assertThat(config.redisKeyPrefix()).isEqualTo("agency-a:");
        assertThat(config.sessionLifetime().idle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.secureCookies()).isTrue();
    }

    @Test
    void theHttpServerSettingsAreRead_andHandedToTheHttpAdapter() {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of(
                "PORTAL_MAX_BODY_BYTES", "2000",
                "PORTAL_HTTP_HEADER_TIMEOUT_SECONDS", "5",
                "PORTAL_HTTP_BODY_TIMEOUT_SECONDS", "20",
                "PORTAL_HTTP_IDLE_TIMEOUT_SECONDS", "60",
                "PORTAL_HTTP_MAX_THREADS", "120",
                "PORTAL_CORS_ORIGINS", " https://app.example.com, HTTP://LocalHost:5173,https://admin.example.com:443 ,",
                "PORTAL_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.7 ,fd00::/8"));

        assertThat(config.httpSettings()).isEqualTo(new HttpSettings(false, 2000, Duration.ofSeconds(5),
                Duration.ofSeconds(20), Duration.ofSeconds(60), 120,
                Set.of("https://app.example.com", "http://localhost:5173", "https://admin.example.com"),
                List.of(AddressRange.parse("10.0.0.0/8"), AddressRange.parse("192.0.2.7"),
                        AddressRange.parse("fd00::/8"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.com", "10.0.0.0/33", "10.0.0/8", "10.0.0.0/x", "1.2.3.4/8/8"})
    void aTrustedProxyThatIsNotAnAddressOrRange_isRefusedInOneSentence(String proxy) {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_TRUSTED_PROXIES", "10.1.2.3," + proxy)))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_TRUSTED_PROXIES must list addresses or CIDR ranges such as 10.0.0.0/8"
                        + " (comma-separated), not '" + proxy + "'");
    }

    @Test
    void aSessionMaxLifetimeShorterThanItsIdleTime_isRefused() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_SESSION_IDLE_MINUTES", "180",
                "PORTAL_SESSION_MAX_HOURS", "2")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_SESSION_MAX_HOURS must be at least PORTAL_SESSION_IDLE_MINUTES");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "null", "app.example.com", "https://app.example.com/", "https://app.example.com/app",
            "https://app.example.com?x=1", "ftp://files.example.com", "https://user@app.example.com", "https://"})
    void anOriginThatIsNotSchemeHostAndPort_isRefusedInOneSentence(String origin) {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_CORS_ORIGINS", "https://ok.example.com, " + origin)))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_CORS_ORIGINS must list origins such as https://app.example.com (scheme, host and"
                        + " optional port, comma-separated), not '" + origin + "'");
    }

    @Test
    void unusableHttpServerSettings_areRefusedInOneSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HTTP_MAX_THREADS", "4")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_HTTP_MAX_THREADS must be a whole number from 16 to 2000, not '4'");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HTTP_HEADER_TIMEOUT_SECONDS", "0")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_HTTP_HEADER_TIMEOUT_SECONDS must be a whole number from 1 to 300, not '0'");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HTTP_BODY_TIMEOUT_SECONDS", "soon")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HTTP_IDLE_TIMEOUT_SECONDS", "-1")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
    }

    @Test
    void unusableValues_areRefusedInOneClearSentence() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_HTTP_PORT", "seventy")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("PORTAL_HTTP_PORT must be a whole number from 0 to 65535, not 'seventy'");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_SECURE_COOKIES", "maybe")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_DB_APP_USER", "postgres")))
                .isInstanceOf(PortalConfig.ConfigurationError.class).hasMessageContaining("runtimeRole");
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_DB_URL", "mysql://x")))
                .isInstanceOf(PortalConfig.ConfigurationError.class);
    }

    @Test
    void anAdminPassword_withoutOneForTheRuntimeRole_isRefused_insteadOfLendingTheAdminsPassword() {
        assertThatThrownBy(() -> PortalConfig.fromEnvironment(Map.of("PORTAL_DB_PASSWORD", "s3cret")))
                .isInstanceOf(PortalConfig.ConfigurationError.class)
                .hasMessage("Database settings: the runtime role portal_app needs its own password"
                        + " (PORTAL_DB_APP_PASSWORD) when the admin role postgres has one (PORTAL_DB_PASSWORD);"
                        + " it never reuses the admin's");
    }

    @Test
    void aServerThatTrustsTheConnection_needsNoPasswords() {
        PortalConfig config = PortalConfig.fromEnvironment(Map.of("PORTAL_DB_APP_PASSWORD", "app-s3cret"));

        assertThat(config.database().adminPassword()).isEmpty();
        assertThat(config.database().runtimePassword()).isEqualTo("app-s3cret");
        assertThat(PortalConfig.fromEnvironment(Map.of()).database().runtimePassword()).isEmpty();
    }
}
