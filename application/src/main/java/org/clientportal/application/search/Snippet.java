package org.clientportal.application.search;

import java.util.List;
import java.util.Objects;

/**
 * An excerpt of a hit's text around what matched, as plain text in parts, each highlighted or not.
 * Parts rather than markup, so no text of a record can pass for a highlight or for markup.
 */
public record Snippet(List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A run of the excerpt's text; {@code highlighted} when it is a word the query matched. */
    public record Part(String text, boolean highlighted) {
        public Part {
            Objects.requireNonNull(text, "text");
        }
    }
}
