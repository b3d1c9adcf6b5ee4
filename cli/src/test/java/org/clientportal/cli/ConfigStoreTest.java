package org.clientportal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoreTest {

    @TempDir
    Path dir;

    @Test
    void theDirectoryIsPortalConfigDir_elseUnderXdgConfigHome_elseUnderTheHomeDirectory() {
        assertThat(ConfigStore.directory(Map.of("PORTAL_CONFIG_DIR", "/a", "XDG_CONFIG_HOME", "/b"))).isEqualTo(Path.of("/a"));
        assertThat(ConfigStore.directory(Map.of("XDG_CONFIG_HOME", "/b"))).isEqualTo(Path.of("/b/portal"));
        assertThat(ConfigStore.directory(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".config", "portal"));
    }

    @Test
    void aSavedLogin_isReadBack_fromAFileOnlyItsOwnerMayRead_evenWhenOverwritten() throws Exception {
        ConfigStore store = new ConfigStore(dir.resolve("portal"));
        store.save(new StoredLogin("http://localhost:7070/", "cmp_one", "k1", "demo", "owner@demo.test"));
        store.save(new StoredLogin("http://localhost:7070/", "cmp_two", "k2", "demo", "owner@demo.test"));

        assertThat(store.load()).hasValueSatisfying(login -> assertThat(login.apiKey()).isEqualTo("cmp_two"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("portal")))).isEqualTo("rwx------");
        try (var files = Files.list(dir.resolve("portal"))) {
            assertThat(files).containsExactly(store.file());
        }
        assertThat(store.delete()).isTrue();
        assertThat(store.load()).isEmpty();
    }
}
