package org.clientportal.adapters.http.web;

import java.io.InputStream;
import java.util.Objects;

/**
 * A reply body that is a file, streamed to the client as it is read (never held whole in memory)
 * and closed after; its type is the one sniffed when it was stored, and the client is told to save
 * it, not to show it, under its name.
 */
public record FileReply(InputStream content, String contentType, long length, String fileName) {

    public FileReply {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(fileName, "fileName");
    }
}
