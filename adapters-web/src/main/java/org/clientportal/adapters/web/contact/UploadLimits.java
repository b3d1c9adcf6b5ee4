package org.clientportal.adapters.web.contact;

import org.clientportal.domain.attachment.Attachment;

/** The upload limits, stated on the page and checked by its script before a file is sent (and by the server after). */
public record UploadLimits(int maxFiles, long maxBytes) {

    static final UploadLimits ATTACHMENTS = new UploadLimits(Attachment.MAX_PER_PARENT, Attachment.MAX_BYTES);

    public String text() {
        return "Up to " + maxFiles + " files, " + maxBytes / (1024 * 1024) + " MB each";
    }
}
