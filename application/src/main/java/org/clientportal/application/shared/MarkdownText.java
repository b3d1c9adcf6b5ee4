package org.clientportal.application.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A person's text written into Markdown the product produces, so that it reads as typed, never as markup. */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * The text on one line, with the characters escaped that Markdown gives a meaning inside a line
     * (emphasis, code, links, tags, table cells, headings).
     */
    public static String inline(String raw) {
        return raw.replaceAll("\\s+", " ").strip().replaceAll("([\\\\`*_\\[\\]#|<>~])", "\\\\$1");
    }

    /** A text of several lines as a block quote: each line kept as written (a post's own Markdown), quoted. */
    public static String quoted(String raw) {
        return Arrays.stream(raw.strip().split("\\R", -1))
                .map(line -> line.isBlank() ? ">" : "> " + line)
                .collect(Collectors.joining("\n"));
    }
}
