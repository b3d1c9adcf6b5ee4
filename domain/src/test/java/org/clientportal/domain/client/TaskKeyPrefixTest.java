package org.clientportal.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.clientportal.domain.project.TaskKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TaskKeyPrefixTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Acme | ACME",
            "Acme Ltd. | ACMELTD",
            "acme-42 studio | ACME42STUD",
            "3M Company | MCOMPANY",
            "Straße & Söhne | STRASSESHN",
            "X | CLIENT",
            "山田商事 | CLIENT",
            "42 | CLIENT",
            "Zoë 2 | ZO2"})
    void aPrefixIsDerivedFromTheLettersAndDigitsOfTheName(String name, String prefix) {
        assertThat(TaskKeyPrefix.derivedFrom(name).value()).isEqualTo(prefix);
    }

    @Test
    void aTakenPrefix_givesWayToNumberedOnes_shortenedToFitTenCharacters() {
        assertThat(new TaskKeyPrefix("ACME").withSuffix(2).value()).isEqualTo("ACME2");
        assertThat(new TaskKeyPrefix("ACMELTDXYZ").withSuffix(2).value()).isEqualTo("ACMELTDXY2");
        assertThat(new TaskKeyPrefix("ACMELTDXYZ").withSuffix(123).value()).isEqualTo("ACMELTD123");
        assertThat(new TaskKeyPrefix("AB").withSuffix(10).value()).isEqualTo("AB10");
        assertThatThrownBy(() -> new TaskKeyPrefix("ACME").withSuffix(1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrefixIsTakenInAnyCase_andKeptInUpperCase() {
        assertThat(new TaskKeyPrefix("AcMe2").value()).isEqualTo("ACME2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "2ACME", "AC-ME", "ACME_", "ABCDEFGHIJK", "ÄCME", "ﬀ", "A\u0661", "AB ", " AB",
            "A[", "A@", "A`", "A{", "A/", "A:"})
    void prefixesOfAnotherShape_areRefused(String raw) {
        assertThatThrownBy(() -> new TaskKeyPrefix(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noPrefix_isRefused() {
        assertThatThrownBy(() -> new TaskKeyPrefix(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AB", "zz", "A0", "Z9Y8X7W6V5", "aBcDeFgHiJ"})
    void prefixesOfTwoToTenLettersOrDigits_startingWithALetter_areTaken(String raw) {
        assertThat(new TaskKeyPrefix(raw).value()).isEqualTo(raw.toUpperCase(Locale.ROOT));
    }

    @Test
    void everyPrefix_makesTaskKeysOfTheKnownShape() {
        assertThat(TaskKey.of(new TaskKeyPrefix("ACMELTD123"), 999_999_999).value()).isEqualTo("ACMELTD123-999999999");
        assertThat(TaskKey.of(TaskKeyPrefix.derivedFrom("Acme"), 42)).isEqualTo(new TaskKey("ACME-42"));
    }
}
