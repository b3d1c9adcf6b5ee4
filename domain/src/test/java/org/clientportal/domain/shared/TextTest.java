package org.clientportal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.clientportal.domain.shared.Text.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void lengthCountsCharacters_notUtf16Units() {
        assertThat(Text.length(EMOJI.repeat(3))).isEqualTo(3);
        assertThat(Text.length("Zoë")).isEqualTo(3);
    }

    @Test
    void aLimitOf200_takes200Emoji_andRefuses201() {
        assertThat(Text.problem(EMOJI.repeat(200), Kind.SINGLE_LINE, 200)).isEmpty();
        assertThat(Text.problem(EMOJI.repeat(201), Kind.SINGLE_LINE, 200)).hasValue("must be at most 200 characters");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLoneSurrogate_isRefusedInEveryKindOfText(Kind kind) {
        assertThat(Text.problem("a\uD800b", kind, 100)).hasValueSatisfying(m -> assertThat(m).contains("U+D800"));
        assertThat(Text.problem("a\uDC00", kind, 100)).isPresent();
        assertThat(Text.problem("\uDE00\uD83D", kind, 100)).as("a pair in the wrong order").isPresent();
        assertThat(Text.isWellFormed("a" + EMOJI)).isTrue();
        assertThat(Text.isWellFormed("\uD83D")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void nul_isRefusedInEveryKindOfText(Kind kind) {
        assertThat(Text.problem("a\u0000b", kind, 100)).hasValue("must not contain the NUL character (U+0000)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\tb", "a\rb", "a\u0001b", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\u009Fb"})
    void aSingleLine_holdsNoControlCharacter(String text) {
        assertThat(Text.problem(text, Kind.SINGLE_LINE, 100)).hasValueSatisfying(m -> assertThat(m).contains("control"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
    void aSingleLine_holdsNoBidiOverrideOrIsolate(String bidi) {
        assertThat(Text.problem("evil" + bidi + "txt.exe", Kind.SINGLE_LINE, 100))
                .hasValueSatisfying(m -> assertThat(m).contains("bidirectional"));
    }

    @Test
    void severalLines_mayHoldLineFeedsAndTabs_butNoOtherControlCharacter() {
        assertThat(Text.problem("first line\n\tsecond line", Kind.MULTI_LINE, 100)).isEmpty();
        assertThat(Text.problem("a\rb", Kind.MULTI_LINE, 100)).hasValueSatisfying(m -> assertThat(m).contains("U+000D"));
        assertThat(Text.problem("a\u0007b", Kind.MULTI_LINE, 100)).isPresent();
        assertThat(Text.problem("a\u0085b", Kind.MULTI_LINE, 100)).isPresent();
    }

    @Test
    void aSecret_mayHoldAnyWellFormedCharacterButNul() {
        assertThat(Text.problem("tab\there\u202E" + EMOJI, Kind.SECRET, 100)).isEmpty();
    }

    @Test
    void ordinaryTextOfAnyScript_isAccepted() {
        for (Kind kind : Kind.values()) {
            assertThat(Text.problem("Zoë Łukasz 山田 محمد שָׁלוֹם " + EMOJI + " \u200D\u00A0", kind, 100))
                    .as(kind.name()).isEqualTo(Optional.empty());
        }
    }
}
