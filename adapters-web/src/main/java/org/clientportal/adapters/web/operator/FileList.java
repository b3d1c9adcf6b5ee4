package org.clientportal.adapters.web.operator;

import java.util.List;
import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.attachment.Attachment;

/**
 * A record's files as the agency's pages list them, each with a button that asks for a short-lived
 * download link (a form, so that the link is issued on a CSRF-checked write and audited).
 */
public record FileList(String csrfToken, List<Row> files) {

    public record Row(String id, String name, String size, String uploadedBy, String when) {
    }

    static FileList of(String csrfToken, List<Attachment> attachments) {
        return new FileList(csrfToken, attachments.stream().map(file -> new Row(file.id().toString(),
                file.name().value(), Shown.bytes(file.size()), file.uploadedByName(), Shown.time(file.createdAt())))
                .toList());
    }
}
