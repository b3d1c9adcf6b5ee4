package org.clientportal.application.attachment;

import java.util.Objects;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.client.ClientId;

/** The record files are attached to, as found for the caller: what it is, and whose client it belongs to. */
public record AttachmentTarget(AttachmentParent parent, ClientId clientId) {

    public AttachmentTarget {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(clientId, "clientId");
    }
}
