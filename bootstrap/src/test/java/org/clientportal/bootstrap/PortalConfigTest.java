package org.clientportal.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofHours(8));
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
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.secureCookies()).isTrue();
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
