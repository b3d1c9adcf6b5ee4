package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.attachment.Attachment;

/** A file as a contact's page lists it, downloaded through a short-lived link. */
public record FileRow(String id, String name, String size, String uploadedBy) {

    static FileRow of(Attachment file) {
        return new FileRow(file.id().toString(), file.name().value(), Shown.bytes(file.size()),
                file.uploadedByName());
    }
}
