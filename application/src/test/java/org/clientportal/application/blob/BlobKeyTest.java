package org.clientportal.application.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlobKeyTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "..", ".", "../x", "a/b", "a\\b", "/etc", ".hidden", "-first", "_first", "A", "a b",
            "a.pdf", "é", "a\u0000", "a\n"})
    void aKeyThatCouldNameAnotherPlace_orMeanDifferentThingsOnDifferentStores_isRefused(String key) {
        assertThatThrownBy(() -> new BlobKey(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BlobKey.isValid(key)).isFalse();
    }

    @Test
    void aKeyIsAtMost128Characters() {
        assertThat(new BlobKey("a".repeat(128)).value()).hasSize(128);
        assertThatThrownBy(() -> new BlobKey("a".repeat(129))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIdIsAKey() {
        assertThat(new BlobKey("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")).hasToString("0199a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
    }
}
