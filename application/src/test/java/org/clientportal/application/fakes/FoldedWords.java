package org.clientportal.application.fakes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words as the fakes read them: runs of letters and digits, accents and case folded, as unaccent and
 * lower() fold them. A text is found by another when each of its words starts one of the other's.
 */
final class FoldedWords {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FoldedWords() {
    }

    static List<String> of(String text) {
        return WORD.matcher(fold(text)).results().map(r -> r.group()).toList();
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Some word of {@code words} starts with {@code prefix}. */
    static boolean anyStartsWith(List<String> words, String prefix) {
        return words.stream().anyMatch(w -> w.startsWith(prefix));
    }
}
