package org.clientportal.adapters.persistence.ask;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.AskRepliesRecord;
import org.clientportal.adapters.persistence.generated.tables.records.AsksRecord;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.ask.AskClassification;
import org.clientportal.domain.ask.AskId;
import org.clientportal.domain.ask.AskKind;
import org.clientportal.domain.ask.AskReply;
import org.clientportal.domain.ask.ReplyId;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;

/** Converts between asks and ask_replies rows and {@link Ask} and {@link AskReply}. */
final class AskRows {

    private AskRows() {
    }

    static AsksRecord toRecord(Ask ask) {
        AsksRecord record = new AsksRecord();
        record.setTenantId(ask.tenantId().value());
        record.setId(ask.id().value());
        record.setClientId(ask.clientId().value());
        record.setProjectId(ask.projectId().map(ProjectId::value).orElse(null));
        record.setKey(ask.key().value());
        record.setKind(Lifecycle.wireName(ask.kind()));
        record.setTitle(ask.title());
        record.setDescription(ask.description().orElse(null));
        record.setVisibility(Lifecycle.wireName(ask.visibility()));
        record.setContactId(ask.contactId().value());
        record.setAuthor(ask.author());
        record.setAuthorName(ask.authorName());
        record.setClassification(Lifecycle.wireName(ask.classification()));
        record.setClassifiedBy(ask.classified().map(Ask.Classified::by).orElse(null));
        record.setClassifiedAt(ask.classified().map(Ask.Classified::at).orElse(null));
        record.setTaskKey(ask.linkedTask().map(TaskKey::value).orElse(null));
        record.setVersion(ask.version());
        record.setCreatedAt(ask.createdAt());
        record.setUpdatedAt(ask.updatedAt());
        return record;
    }

    static Ask toAsk(AsksRecord r) {
        Optional<Ask.Classified> classified = Optional.ofNullable(r.getClassifiedAt())
                .map(at -> new Ask.Classified(r.getClassifiedBy(), at, Optional.ofNullable(r.getTaskKey()).map(TaskKey::new)));
        return Ask.restore(new AskId(r.getId()), new TenantId(r.getTenantId()), new ClientId(r.getClientId()),
                Optional.ofNullable(r.getProjectId()).map(ProjectId::new), new TaskKey(r.getKey()),
                StatusNames.parse(AskKind.class, r.getKind()), r.getTitle(), Optional.ofNullable(r.getDescription()),
                StatusNames.parse(Visibility.class, r.getVisibility()), new ContactId(r.getContactId()),
                r.getAuthorName(), StatusNames.parse(AskClassification.class, r.getClassification()), classified,
                r.getVersion(), r.getCreatedAt(), r.getUpdatedAt());
    }

    static AskRepliesRecord toRecord(AskReply reply) {
        AskRepliesRecord record = new AskRepliesRecord();
        record.setTenantId(reply.tenantId().value());
        record.setId(reply.id().value());
        record.setAskId(reply.askId().value());
        record.setClientId(reply.clientId().value());
        record.setBody(reply.body());
        record.setVisibility(Lifecycle.wireName(reply.visibility()));
        record.setAuthor(reply.author());
        record.setAuthorName(reply.authorName());
        record.setCreatedAt(reply.createdAt());
        return record;
    }

    static AskReply toReply(AskRepliesRecord r) {
        return new AskReply(new ReplyId(r.getId()), new TenantId(r.getTenantId()), new AskId(r.getAskId()),
                new ClientId(r.getClientId()), r.getBody(), StatusNames.parse(Visibility.class, r.getVisibility()),
                r.getAuthor(), r.getAuthorName(), r.getCreatedAt());
    }
}
