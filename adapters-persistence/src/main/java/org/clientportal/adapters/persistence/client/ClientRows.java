package org.clientportal.adapters.persistence.client;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.ClientsRecord;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.client.TaskKeyPrefix;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between clients rows and {@link Client}; absent values are NULL, enums their lower-case name. */
final class ClientRows {

    private ClientRows() {
    }

    static ClientsRecord toRecord(Client client) {
        ClientProfile profile = client.profile();
        ClientsRecord record = new ClientsRecord();
        record.setTenantId(client.tenantId().value());
        record.setId(client.id().value());
        record.setName(profile.name());
        record.setEmail(profile.email().map(EmailAddress::value).orElse(null));
        record.setCompany(profile.company().orElse(null));
        record.setPhone(profile.phone().orElse(null));
        record.setTaskKeyPrefix(client.taskKeyPrefix().value());
        record.setStatus(Lifecycle.wireName(client.status()));
        record.setSource(Lifecycle.wireName(client.source()));
        record.setIntakeMessage(client.intakeMessage().orElse(null));
        record.setVersion(client.version());
        record.setCreatedAt(client.createdAt());
        record.setUpdatedAt(client.updatedAt());
        record.setStatusChangedAt(client.statusChangedAt());
        return record;
    }

    static Client toClient(ClientsRecord record) {
        ClientProfile profile = new ClientProfile(record.getName(),
                Optional.ofNullable(record.getEmail()).map(EmailAddress::new),
                Optional.ofNullable(record.getCompany()), Optional.ofNullable(record.getPhone()));
        return Client.restore(new ClientId(record.getId()), new TenantId(record.getTenantId()), profile,
                new TaskKeyPrefix(record.getTaskKeyPrefix()), StatusNames.parse(ClientStatus.class, record.getStatus()),
                StatusNames.parse(ClientSource.class, record.getSource()),
                Optional.ofNullable(record.getIntakeMessage()), record.getVersion(), record.getCreatedAt(),
                record.getUpdatedAt(), record.getStatusChangedAt());
    }
}
