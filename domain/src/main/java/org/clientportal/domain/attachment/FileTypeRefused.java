package org.clientportal.domain.attachment;

import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** A file whose bytes say it is a program or script ({@link AcceptedFileTypes}); nothing of the upload is kept. */
public final class FileTypeRefused extends DomainError {

    private static final long serialVersionUID = 1L;

    public FileTypeRefused(String name, String mediaType) {
        super(ErrorKind.UNSUPPORTED_TYPE, "attachment.type-refused",
                "The file '" + name + "' is a program or script (" + mediaType + "), which cannot be attached",
                Map.of("name", name, "contentType", mediaType));
    }
}
