package org.clientportal.application.attachment;

import java.io.InputStream;
import java.util.Objects;
import org.clientportal.domain.attachment.Attachment;

/** An attachment's record and its content, open: the caller streams it out and closes it. */
public record Download(Attachment attachment, InputStream content) {

    public Download {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }
}
