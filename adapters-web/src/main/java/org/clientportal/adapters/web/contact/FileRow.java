package org.clientportal.adapters.web.contact;

import org.clientportal.adapters.web.Shown;
import org.clientportal.domain.attachment.Attachment;

/** A file as a contact's page lists it, downloaded through a short-lived link. */
public record SharedFile(String id, String name, String size, String uploadedBy) {

    static SharedFile of(Attachment file) {
        return new SharedFile(file.id().toString(), file.name().value(), Shown.bytes(file.size()),
                file.uploadedByName());
    }
}
