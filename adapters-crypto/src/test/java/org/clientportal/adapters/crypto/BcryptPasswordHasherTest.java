package org.clientportal.adapters.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BcryptPasswordHasherTest {

    // The lowest cost bcrypt allows keeps the suite fast; production uses the default.
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void hashedPassword_matchesItself() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hash).startsWith("$2a$04$");
        assertThat(hasher.matches("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void wrongPassword_doesNotMatch() {
        assertThat(hasher.matches("Correct horse battery staple", hasher.hash("correct horse battery staple")))
                .isFalse();
    }

    @Test
    void samePassword_hashesDifferentlyEachTime() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a hash", "$2a$04$tooShort", "$2a$99$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
            "$9z$04$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234"})
    void malformedHash_doesNotMatch(String malformed) {
        assertThat(hasher.matches("any password", malformed)).isFalse();
    }

    @Test
    void passwordLongerThanBcryptReads_isHashedNotRefused() {
        String longPassword = "x".repeat(100);

        assertThat(hasher.matches(longPassword, hasher.hash(longPassword))).isTrue();
    }

    @Test
    void theProductionDefaultCost_hashesAndVerifies() {
        BcryptPasswordHasher production = new BcryptPasswordHasher(BcryptPasswordHasher.DEFAULT_COST);
        String hash = production.hash("correct horse battery staple");

        assertThat(hash).startsWith("$2a$11$");
        assertThat(production.matches("correct horse battery staple", hash)).isTrue();
        assertThat(production.matches("wrong horse", hash)).isFalse();
    }

    /** A malformed hash would be refused before any hashing, and answer faster than a real one. */
    @Test
    void decoy_isAWellFormedHashOfTheCost_thatTheGivenPasswordsDoNotMatch() throws Exception {
        String decoy = hasher.decoy();

        assertThat(decoy).startsWith("$2a$04$").hasSize(60);
        BCrypt.Result checked = BCrypt.verifyer().verify("any password".toCharArray(), decoy);
        assertThat(checked.validFormat).isTrue();
        assertThat(checked.verified).isFalse();
        assertThat(BCrypt.Version.VERSION_2A.parser.parse(decoy.getBytes(StandardCharsets.UTF_8)).cost).isEqualTo(4);
        assertThat(hasher.matches("", decoy)).isFalse();
    }

    @Test
    void decoys_differ() {
        assertThat(hasher.decoy()).isNotEqualTo(hasher.decoy());
    }

    @Test
    void costOutsideWhatBcryptAllows_isRefused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
