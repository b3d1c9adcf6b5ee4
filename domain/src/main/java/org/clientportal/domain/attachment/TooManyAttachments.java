package org.clientportal.domain.attachment;

import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** The parent would have more files than {@link Attachment#MAX_PER_PARENT}; nothing of the upload is kept. */
public final class TooManyAttachments extends DomainError {

    private static final long serialVersionUID = 1L;

    public TooManyAttachments(int alreadyAttached) {
        super(ErrorKind.TOO_LARGE, "attachment.too-many-files",
                "A task, update or comment holds at most " + Attachment.MAX_PER_PARENT + " files; this one has "
                        + alreadyAttached + (alreadyAttached == 1 ? " file" : " files")
                        + " and the upload would go beyond that",
                Map.of("maxFiles", Attachment.MAX_PER_PARENT, "attached", alreadyAttached));
    }
}
