package org.clientportal.adapters.http.attachment;

import io.swagger.v3.oas.annotations.media.Schema;
import org.clientportal.application.attachment.SharedFile;

/** One file of the portal's list: the file as a contact sees it, and the key of the page it hangs on. */
@Schema(name = "SharedFile", description = "A file the client may open, with what it is attached to.")
record SharedFileJson(SharedAttachmentJson file,
                      @Schema(nullable = true, description = "The key of its task (for a task's or a comment's"
                              + " file) or of its request (for a request's); null for an update's.")
                      String parentKey) {

    static SharedFileJson of(SharedFile f) {
        return new SharedFileJson(SharedAttachmentJson.of(f.attachment()), f.parentKey().orElse(null));
    }
}
