package org.clientportal.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class S3SettingsTest {

    @Test
    void theSecretKey_neverShowsInTheSettingsText() {
        S3Settings settings = new S3Settings(Optional.of(URI.create("https://store.test")), "eu-central-1", "files",
                "access", "very-secret", true);

        assertThat(settings.toString()).doesNotContain("very-secret").contains("files", "access", "eu-central-1");
    }

    @Test
    void aBucketRegionAndKeys_areRequired() {
        assertThatThrownBy(() -> new S3Settings(Optional.empty(), "eu-central-1", " ", "a", "s", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bucket");
        assertThatThrownBy(() -> new S3Settings(Optional.empty(), "", "files", "a", "s", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("region");
        assertThatThrownBy(() -> new S3Settings(Optional.empty(), "eu-central-1", "files", "a", null, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret key");
    }

    @Test
    void anEndpoint_isAnHttpUrl() {
        assertThatThrownBy(() -> new S3Settings(Optional.of(URI.create("ftp://store.test")), "r", "b", "a", "s", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
    }
}
