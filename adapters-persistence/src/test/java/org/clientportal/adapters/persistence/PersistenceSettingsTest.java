package org.clientportal.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PersistenceSettingsTest {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/portal";

    @Test
    void defaults_runtimeRolePortalApp_withTheAdminPassword_andAPoolOfTen() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "s3cret");

        assertThat(settings.runtimeRole()).isEqualTo("portal_app");
        assertThat(settings.runtimePassword()).isEqualTo("s3cret");
        assertThat(settings.poolSize()).isEqualTo(10);
        assertThat(settings.withRuntimeRole("svc", "other").runtimePassword()).isEqualTo("other");
        assertThat(settings.withRuntimeRole("svc", null).runtimePassword()).isEqualTo("s3cret");
    }

    @Test
    void printing_neverShowsAPassword() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "admin-s3cret")
                .withRuntimeRole("svc", "app-s3cret");

        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void theRuntimeRole_mustBeAPlainIdentifier_otherThanTheAdmin() {
        PersistenceSettings settings = PersistenceSettings.of(URL, "owner", "");

        assertThatThrownBy(() -> settings.withRuntimeRole("app\"; drop table x; --", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withRuntimeRole("owner", ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.withPoolSize(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
