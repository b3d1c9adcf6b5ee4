package org.clientportal.adapters.persistence.operator;

import org.clientportal.adapters.persistence.generated.tables.records.OperatorsRecord;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/** Converts between operators rows and {@link Operator}; roles are stored by their lower-case name. */
final class OperatorRows {

    private OperatorRows() {
    }

    static OperatorsRecord toRecord(Operator operator) {
        OperatorsRecord record = new OperatorsRecord();
        record.setTenantId(operator.tenantId().value());
        record.setId(operator.id().value());
        record.setEmail(operator.email().value());
        record.setName(operator.name());
        record.setRole(Lifecycle.wireName(operator.role()));
        record.setPasswordHash(operator.passwordHash());
        record.setVersion(operator.version());
        record.setCreatedAt(operator.createdAt());
        record.setUpdatedAt(operator.updatedAt());
        return record;
    }

    static Operator toOperator(OperatorsRecord record) {
        return Operator.restore(new OperatorId(record.getId()), new TenantId(record.getTenantId()),
                new EmailAddress(record.getEmail()), record.getName(), StatusNames.parse(Role.class, record.getRole()),
                record.getPasswordHash(), record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
