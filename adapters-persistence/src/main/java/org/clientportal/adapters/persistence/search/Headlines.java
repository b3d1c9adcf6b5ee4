package org.clientportal.adapters.persistence.search;

import java.util.ArrayList;
import java.util.List;
import org.clientportal.application.search.Snippet;

/**
 * Turns PostgreSQL's {@code ts_headline} into a {@link Snippet}. The matches are marked with STX and
 * ETX (U+0002, U+0003), which no stored text holds (every text refuses control characters but line
 * feed and tab), so a record's own text can never open or close a highlight.
 */
final class Headlines {

    static final char START = '\u0002';
    static final char STOP = '\u0003';

    /** The options of {@code ts_headline}: the markers, and up to two fragments of about 10–30 words. */
    static final String OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=10, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" … \"";

    private Headlines() {
    }

    static Snippet parse(String headline) {
        List<Snippet.Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean highlighted = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            if (c == START || c == STOP) {
                flush(parts, run, highlighted);
                highlighted = c == START;
            } else {
                run.append(c);
            }
        }
        flush(parts, run, highlighted);
        return new Snippet(parts);
    }

    private static void flush(List<Snippet.Part> parts, StringBuilder run, boolean highlighted) {
        if (!run.isEmpty()) {
            parts.add(new Snippet.Part(run.toString(), highlighted));
            run.setLength(0);
        }
    }
}
