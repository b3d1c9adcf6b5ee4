package org.clientportal.application.attachment;

import java.util.Objects;
import java.util.Optional;
import org.clientportal.domain.attachment.Attachment;

/**
 * A file of the portal's list, with the key of the page it hangs on: its task's (for a task's file or
 * a comment's) or its request's (for an ask's); an update's file has none, updates having no page.
 */
public record SharedFile(Attachment attachment, Optional<String> parentKey) {

    public SharedFile {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(parentKey, "parentKey");
    }
}
