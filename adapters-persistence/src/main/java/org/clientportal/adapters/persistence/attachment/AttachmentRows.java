package org.clientportal.adapters.persistence.attachment;

import org.clientportal.adapters.persistence.generated.tables.records.AttachmentsRecord;
import org.clientportal.domain.attachment.Attachment;
import org.clientportal.domain.attachment.AttachmentId;
import org.clientportal.domain.attachment.AttachmentName;
import org.clientportal.domain.attachment.AttachmentParent;
import org.clientportal.domain.attachment.ParentKind;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between attachments rows and {@link Attachment}. */
final class AttachmentRows {

    private AttachmentRows() {
    }

    static String kind(ParentKind kind) {
        return Lifecycle.wireName(kind);
    }

    static AttachmentsRecord toRecord(Attachment attachment) {
        AttachmentsRecord record = new AttachmentsRecord();
        record.setTenantId(attachment.tenantId().value());
        record.setId(attachment.id().value());
        record.setClientId(attachment.clientId().value());
        record.setParentKind(kind(attachment.parent().kind()));
        record.setParentId(attachment.parent().id());
        record.setName(attachment.name().value());
        record.setSize(attachment.size());
        record.setContentType(attachment.contentType());
        record.setSha256(attachment.sha256());
        record.setBlobKey(attachment.blobKey());
        record.setUploadedBy(attachment.uploadedBy());
        record.setUploadedByName(attachment.uploadedByName());
        record.setCreatedAt(attachment.createdAt());
        return record;
    }

    static Attachment toAttachment(AttachmentsRecord record) {
        return new Attachment(new AttachmentId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()),
                new AttachmentParent(StatusNames.parse(ParentKind.class, record.getParentKind()), record.getParentId()),
                new AttachmentName(record.getName()), record.getSize(), record.getContentType(), record.getSha256(),
                record.getBlobKey(), record.getUploadedBy(), record.getUploadedByName(), record.getCreatedAt());
    }
}
