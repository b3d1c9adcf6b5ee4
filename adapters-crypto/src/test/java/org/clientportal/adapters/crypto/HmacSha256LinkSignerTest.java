package org.clientportal.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HmacSha256LinkSignerTest {

    // RFC 4231, test case 6: a key longer than the hash's block.
    @Test
    void sign_isHmacSha256() {
        byte[] key = new byte[131];
        Arrays.fill(key, (byte) 0xaa);
        byte[] data = "Test Using Larger Than Block-Size Key - Hash Key First".getBytes(StandardCharsets.US_ASCII);

        assertThat(HexFormat.of().formatHex(new HmacSha256LinkSigner(key).sign(data)))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void isMacOf_acceptsTheMacOfThePayloadOnly() {
        HmacSha256LinkSigner signer = new HmacSha256LinkSigner(new byte[32]);
        byte[] payload = "tenant, attachment, expiry".getBytes(StandardCharsets.US_ASCII);
        byte[] mac = signer.sign(payload);
        byte[] altered = mac.clone();
        altered[31] ^= 1;

        assertThat(signer.isMacOf(mac, payload)).isTrue();
        assertThat(signer.isMacOf(altered, payload)).isFalse();
        assertThat(signer.isMacOf(mac, "another payload".getBytes(StandardCharsets.US_ASCII))).isFalse();
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThat(new HmacSha256LinkSigner(otherKey).isMacOf(mac, payload)).isFalse();
    }

    @Test
    void aKeyShorterThan32Bytes_isRefused() {
        assertThatThrownBy(() -> new HmacSha256LinkSigner(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
    }
}
