package org.clientportal.application.blob;

import java.util.Map;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;

/** More bytes arrived than a file may have; nothing of it was kept. */
public final class BlobTooLarge extends DomainError {

    private static final long serialVersionUID = 1L;

    public BlobTooLarge(long maxBytes) {
        super(ErrorKind.TOO_LARGE, "file-too-large", "A file may be at most " + maxBytes + " bytes",
                Map.of("maxBytes", maxBytes));
    }
}
