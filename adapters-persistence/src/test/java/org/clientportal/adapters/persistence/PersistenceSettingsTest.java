package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersistenceSettingsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/portal";

    @Test
    void defaults_runtimeRolePortalApp_andAPoolOfTen() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "s3cret", "app-s3cret");

        assertThat(settings.runtimeRole()).isEqualTo("portal_app");
        assertThat(settings.runtimePassword()).isEqualTo("app-s3cret");
        assertThat(settings.poolSize()).isEqualTo(10);
        assertThat(settings.withRuntimeRole("svc", "other").runtimePassword()).isEqualTo("other");
    }

    @Test
    void anAdminWithAPassword_requiresOneOfTheRuntimeRolesOwn_neverLendsItsOwn() {
        assertThatThrownBy(() -> PersistenceSettings.of(URL, "owner", "s3cret", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the runtime role portal_app needs its own password (PORTAL_DB_APP_PASSWORD) when the"
                        + " admin role owner has one (PORTAL_DB_PASSWORD); it never reuses the admin's");
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "s3cret", "app-s3cret");
        assertThatThrownBy(() -> settings.withRuntimeRole("svc", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aServerThatTrustsTheConnection_needsNoPasswordAtAll() {
        PersistenceSettings trusted = PersistenceSettings.of(URL, "owner", "", "");

        assertThat(trusted.adminPassword()).isEmpty();
        assertThat(trusted.runtimePassword()).isEmpty();
        assertThat(trusted.withRuntimeRole("svc", null).runtimePassword()).isEmpty();
    }

    @Test
    void printing_neverShowsAPassword() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "admin-s3cret", "app-s3cret")
                .withRuntimeRole("svc", "svc-s3cret");

        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void theRuntimeRole_mustBeAPlainIdentifier_otherThanTheAdmin() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "", "");

        assertThatThrownBy(() -> settings.withRuntimeRole("app\"; drop table x; --", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withRuntimeRole("owner", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
