package org.clientportal.application.attachment;

import java.io.InputStream;
import java.util.Objects;

/** A file's content with the type its first bytes say it has; the stream still holds those bytes. */
public record SniffedContent(String mediaType, InputStream content) {

    public SniffedContent {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
    }
}
