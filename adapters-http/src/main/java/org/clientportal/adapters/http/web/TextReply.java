package org.clientportal.adapters.http.web;

import java.util.Objects;

/** A reply body that is text of another media type than JSON (Markdown), in UTF-8. */
public record TextReply(String text, String mediaType) {

    public TextReply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mediaType, "mediaType");
    }
}
