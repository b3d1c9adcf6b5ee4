package org.clientportal.adapters.http.attachment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.clientportal.adapters.http.web.WireNames;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.ParentKind;

/** An attached file as the client's contacts see it: who uploaded it by name, none of the agency's own fields. */
@Schema(name = "SharedAttachment", description = "A file of a task, request, update or comment shared with the client.")
record SharedAttachmentJson(@Schema(description = "Opaque id.") String id,
                            @Schema(implementation = ParentKind.class) String parentKind,
                            @Schema(description = "The task's, ask's, update's or comment's id.") String parentId,
                            @Schema(maxLength = AttachmentName.MAX_LENGTH, description = "The name as uploaded.")
                            String name,
                            @Schema(minimum = "0", maximum = "10485760", description = "Bytes.") long size,
                            @Schema(description = "Sniffed from the content when it was uploaded.") String contentType,
                            @Schema(description = "SHA-256 of the content, lower-case hex.") String sha256,
                            @Schema(description = "Who uploaded it.") String uploadedByName,
                            Instant createdAt) {

    static SharedAttachmentJson of(Attachment a) {
        return new SharedAttachmentJson(a.id().toString(), WireNames.of(a.parent().kind()), a.parent().id().toString(),
                a.name().value(), a.size(), a.contentType(), a.sha256(), a.uploadedByName(), a.createdAt());
    }
}
