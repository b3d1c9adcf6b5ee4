package org.clientportal.adapters.persistence.shared;

import java.util.UUID;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.domain.shared.ConcurrentModification;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;

/** Optimistic concurrency: a row is overwritten only while it is still at the version that was read. */
public final class VersionedUpdate {

    private VersionedUpdate() {
    }

    /**
     * Writes the record (which carries the new version) over the stored row of the same tenant
     * and id, if that row is at {@code expectedVersion}; otherwise someone else changed it since.
     */
    public static <R extends TableRecord<R>> void write(R record, TableField<R, UUID> tenantId, TableField<R, UUID> id,
                                                       TableField<R, Long> version, long expectedVersion,
                                                       String entity) {
        UUID tenant = record.get(tenantId);
        UUID key = record.get(id);
        record.changed(tenantId, false);
        record.changed(id, false);
        int updated = CurrentTransaction.dsl().update(record.getTable()).set(record)
                .where(tenantId.eq(tenant), id.eq(key), version.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            throw new ConcurrentModification(entity, key.toString());
        }
    }

    /** Deletes the row of this tenant and id if it is still at {@code expectedVersion}; otherwise someone else changed it since. */
    public static <R extends TableRecord<R>> void delete(Table<R> table, TableField<R, UUID> tenantId,
                                                        TableField<R, UUID> id, TableField<R, Long> version,
                                                        UUID tenant, UUID key, long expectedVersion, String entity) {
        int deleted = CurrentTransaction.dsl().deleteFrom(table)
                .where(tenantId.eq(tenant), id.eq(key), version.eq(expectedVersion))
                .execute();
        if (deleted == 0) {
            throw new ConcurrentModification(entity, key.toString());
        }
    }
}
