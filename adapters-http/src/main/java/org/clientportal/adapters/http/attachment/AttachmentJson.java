package org.clientportal.adapters.http.attachment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.ParentKind;

/** What is known of an attached file; its content is fetched through a download link. */
@Schema(name = "Attachment", description = "A file attached to a task, ask, update or comment; whoever sees the parent sees it.")
record AttachmentJson(@Schema(description = "Opaque id.") String id,
                      @Schema(description = "The parent's client.") String clientId,
                      @Schema(implementation = ParentKind.class) String parentKind,
                      @Schema(description = "The task's, ask's, update's or comment's id.") String parentId,
                      @Schema(maxLength = AttachmentName.MAX_LENGTH, description = "The name as uploaded.") String name,
                      @Schema(minimum = "0", maximum = "10485760", description = "Bytes.") long size,
                      @Schema(description = "Sniffed from the content when it was uploaded, never taken from the"
                              + " uploader.") String contentType,
                      @Schema(description = "SHA-256 of the content, lower-case hex.") String sha256,
                      @Schema(description = "Who uploaded it, as the audit names them (`operator:<id>`,"
                              + " `contact:<id>`).") String uploadedBy,
                      @Schema(description = "How they were known at the time.") String uploadedByName,
                      Instant createdAt) {

    static AttachmentJson of(Attachment a) {
        return new AttachmentJson(a.id().toString(), a.clientId().toString(), WireNames.of(a.parent().kind()),
                a.parent().id().toString(), a.name().value(), a.size(), a.contentType(), a.sha256(), a.uploadedBy(),
                a.uploadedByName(), a.createdAt());
    }
}
