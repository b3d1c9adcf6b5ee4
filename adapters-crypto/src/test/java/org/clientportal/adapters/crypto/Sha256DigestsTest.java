package org.clientportal.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sha256DigestsTest {

    // FIPS 180-2 test vectors, plus a non-ASCII input to pin UTF-8.
    @ParameterizedTest
    @CsvSource({
        "abc, ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "'', e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "é, 4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c"
    })
    void digest_isLowerCaseHexSha256(String input, String expected) {
        assertThat(new Sha256Digests().sha256(input)).isEqualTo(expected);
    }
}
