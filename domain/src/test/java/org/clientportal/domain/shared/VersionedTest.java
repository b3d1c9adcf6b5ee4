package org.clientportal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionedTest {

    @Test
    void anUnstoredValue_isVersionZero_andEachReplacementAddsOne() {
        Versioned<String> defaults = Versioned.unstored("defaults");

        assertThat(defaults.version()).isZero();
        assertThat(defaults.replacedBy("set").replacedBy("set again")).isEqualTo(new Versioned<>("set again", 2));
    }

    @Test
    void aVersionIsNeverNegative_andAValueIsAlwaysThere() {
        assertThatThrownBy(() -> new Versioned<>("x", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Versioned<>(null, 1)).isInstanceOf(NullPointerException.class);
    }
}
