package org.clientportal.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecureRandomSecretsTest {

    private final SecureRandomSecrets secrets = new SecureRandomSecrets();

    @Test
    void thirtyTwoBytes_areFortyThreeUrlSafeCharacters_carryingThoseBytes() {
        String token = secrets.token(32);

        assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void twoTokens_differ() {
        assertThat(secrets.token(32)).isNotEqualTo(secrets.token(32));
    }

    @Test
    void aTokenWithoutBytes_isRefused() {
        assertThatThrownBy(() -> secrets.token(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
