package org.clientportal.domain.attachment;

import java.util.Objects;
import java.util.UUID;

/** The record an attachment belongs to, whose visibility it inherits. */
public record AttachmentParent(ParentKind kind, UUID id) {

    public AttachmentParent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }
}
