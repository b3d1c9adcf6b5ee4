package org.clientportal.application.attachment;

import java.io.InputStream;
import java.util.Objects;

/**
 * One file of an upload as it arrives: the name its sender gave it and its content, to be read once,
 * to its end, before the next file of the same upload can be had.
 */
public record IncomingFile(String submittedName, InputStream content) {

    public IncomingFile {
        Objects.requireNonNull(submittedName, "submittedName");
        Objects.requireNonNull(content, "content");
    }
}
