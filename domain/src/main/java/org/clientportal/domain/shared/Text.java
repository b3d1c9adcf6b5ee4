package org.clientportal.domain.shared;

import java.util.Locale;
import java.util.Optional;

/**
 * The one rule for the text people send: what a name or a title (one line), a description or a
 * message (several lines) and a secret may hold, and how long a text is.
 * <ul>
 *   <li>Length counts characters (Unicode code points): an emoji is one character, not two.</li>
 *   <li>Text is well-formed Unicode: a lone surrogate cannot be stored as sent, so it is refused.</li>
 *   <li>NUL (U+0000) is refused everywhere: PostgreSQL cannot store it.</li>
 *   <li>A single line holds no control character (C0, DEL, C1) and no bidirectional embedding,
 *       override or isolate (U+202A–U+202E, U+2066–U+2069), which would let a name reorder or hide
 *       what is shown around it.</li>
 *   <li>Several lines may hold line feeds and tabs, and no other control character.</li>
 *   <li>A secret (a password) may hold anything well-formed but NUL.</li>
 * </ul>
 */
public final class Text {

    /** What a text is for, which decides the characters it may hold. */
    public enum Kind {
        SINGLE_LINE, MULTI_LINE, SECRET
    }

    private Text() {
    }

    /** The number of characters (code points) of the text. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Whether every surrogate of the text is part of a pair. */
    public static boolean isWellFormed(String text) {
        return firstLoneSurrogate(text) < 0;
    }

    /**
     * Why the text may not be kept as a text of this kind and length, as a message for the field
     * ("must be at most 200 characters"); empty when it may.
     */
    public static Optional<String> problem(String text, Kind kind, int maxLength) {
        Optional<String> characters = characterProblem(text, kind);
        if (characters.isPresent()) {
            return characters;
        }
        if (length(text) > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        return Optional.empty();
    }

    private static Optional<String> characterProblem(String text, Kind kind) {
        int lone = firstLoneSurrogate(text);
        if (lone >= 0) {
            return Optional.of("must be well-formed Unicode; it holds a lone surrogate (" + codeOf(text.charAt(lone))
                    + ")");
        }
        if (text.indexOf('\u0000') >= 0) {
            return Optional.of("must not contain the NUL character (U+0000)");
        }
        if (kind == Kind.SECRET) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && !(kind == Kind.MULTI_LINE && (c == '\n' || c == '\t'))) {
                return Optional.of(kind == Kind.MULTI_LINE
                        ? "must not contain control characters other than line feed and tab (" + codeOf(c) + ")"
                        : "must be a single line without control characters (" + codeOf(c) + ")");
            }
            if (kind == Kind.SINGLE_LINE && isBidiControl(c)) {
                return Optional.of("must not contain bidirectional override or isolate characters (" + codeOf(c) + ")");
            }
        }
        return Optional.empty();
    }

    /** U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates). */
    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static int firstLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String codeOf(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
