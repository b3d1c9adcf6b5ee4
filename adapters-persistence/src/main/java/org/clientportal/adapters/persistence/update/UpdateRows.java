package org.clientportal.adapters.persistence.update;

import org.clientportal.adapters.persistence.generated.tables.records.ProjectUpdatesRecord;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Visibility;
import org.clientportal.domain.update.ProjectUpdate;
import org.clientportal.domain.update.UpdateId;

/** Converts between project_updates rows and {@link ProjectUpdate}. */
final class UpdateRows {

    private UpdateRows() {
    }

    static ProjectUpdatesRecord toRecord(ProjectUpdate update) {
        ProjectUpdatesRecord record = new ProjectUpdatesRecord();
        record.setTenantId(update.tenantId().value());
        record.setId(update.id().value());
        record.setProjectId(update.projectId().value());
        record.setClientId(update.clientId().value());
        record.setBody(update.body());
        record.setVisibility(Lifecycle.wireName(update.visibility()));
        record.setAuthor(update.author());
        record.setAuthorName(update.authorName());
        record.setVersion(update.version());
        record.setCreatedAt(update.createdAt());
        record.setUpdatedAt(update.updatedAt());
        return record;
    }

    static ProjectUpdate toUpdate(ProjectUpdatesRecord record) {
        return new ProjectUpdate(new UpdateId(record.getId()), new TenantId(record.getTenantId()),
                new ProjectId(record.getProjectId()), new ClientId(record.getClientId()), record.getBody(),
                StatusNames.parse(Visibility.class, record.getVisibility()), record.getAuthor(), record.getAuthorName(),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
