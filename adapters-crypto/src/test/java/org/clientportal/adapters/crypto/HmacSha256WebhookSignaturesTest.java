package org.clientportal.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HmacSha256WebhookSignaturesTest {

    private static final byte[] BODY = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
    private final HmacSha256WebhookSignatures signatures = new HmacSha256WebhookSignatures();

    @Test
    void theSignature_isTheHmacOfTimestampDotBody_asOpensslWritesIt() {
        // printf '1767600000.{"id":"evt_1"}' | openssl dgst -sha256 -hmac 'a webhook secret of some length'
        assertThat(HmacSha256WebhookSignatures.sign("a webhook secret of some length", "1767600000", BODY))
                .isEqualTo("sha256=3526ac066eeda99ba0644fccf1218c414d3744fe74769860bbe2db1505edb9eb");
    }

    @Test
    void aSignature_matchesOnlyItsSecretTimestampAndBody() {
        String signature = HmacSha256WebhookSignatures.sign("the secret", "1767600000", BODY);

        assertThat(signatures.matches("the secret", "1767600000", BODY, signature)).isTrue();
        assertThat(signatures.matches("another secret", "1767600000", BODY, signature)).isFalse();
        assertThat(signatures.matches("the secret", "1767600001", BODY, signature)).isFalse();
        assertThat(signatures.matches("the secret", "1767600000", "{}".getBytes(StandardCharsets.UTF_8), signature))
                .isFalse();
        assertThat(signatures.matches("the secret", "1767600000", BODY, signature.toUpperCase())).isFalse();
        assertThat(signatures.matches("the secret", "1767600000", BODY, "")).isFalse();
    }
}
