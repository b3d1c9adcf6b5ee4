package org.clientportal.adapters.persistence.sla;

import static org.clientportal.adapters.persistence.generated.Tables.BUSINESS_HOLIDAYS;
import static org.clientportal.adapters.persistence.generated.Tables.BUSINESS_HOURS;
import static org.clientportal.adapters.persistence.generated.Tables.SLA_TARGETS;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Versioned;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaTarget;
import org.clientportal.domain.task.TaskPriority;
import org.jooq.DSLContext;

/**
 * An agency's business hours, holidays and SLA targets (V28__sla_clocks.sql), each replaced whole at
 * the next version (V29__sla_settings_versions.sql).
 */
public final class JooqSlaSettingsRepository implements SlaSettingsRepository {

    @Override
    public Optional<Versioned<BusinessHours>> businessHours(TenantId tenant) {
        DSLContext dsl = CurrentTransaction.dsl();
        return dsl.selectFrom(BUSINESS_HOURS).where(BUSINESS_HOURS.TENANT_ID.eq(tenant.value())).fetchOptional()
                .map(row -> new Versioned<>(new BusinessHours(ZoneId.of(row.getTimeZone()),
                        Arrays.stream(row.getWorkingDays()).map(d -> StatusNames.parse(DayOfWeek.class, d))
                                .collect(Collectors.toSet()),
                        row.getOpens(), row.getCloses(),
                        new TreeSet<>(dsl.select(BUSINESS_HOLIDAYS.DAY).from(BUSINESS_HOLIDAYS)
                                .where(BUSINESS_HOLIDAYS.TENANT_ID.eq(tenant.value()))
                                .fetch(BUSINESS_HOLIDAYS.DAY))), row.getVersion()));
    }

    @Override
    public void saveBusinessHours(TenantId tenant, BusinessHours hours, long expectedVersion) {
        DSLContext dsl = CurrentTransaction.dsl();
        String[] days = hours.workingDays().stream().sorted().map(Lifecycle::wireName).toArray(String[]::new);
        int written = expectedVersion == 0
                ? dsl.insertInto(BUSINESS_HOURS)
                        .set(BUSINESS_HOURS.TENANT_ID, tenant.value())
                        .set(BUSINESS_HOURS.TIME_ZONE, hours.zone().getId())
                        .set(BUSINESS_HOURS.WORKING_DAYS, days)
                        .set(BUSINESS_HOURS.OPENS, hours.opens())
                        .set(BUSINESS_HOURS.CLOSES, hours.closes())
                        .set(BUSINESS_HOURS.VERSION, 1L)
                        .onConflictDoNothing()
                        .execute()
                : dsl.update(BUSINESS_HOURS)
                        .set(BUSINESS_HOURS.TIME_ZONE, hours.zone().getId())
                        .set(BUSINESS_HOURS.WORKING_DAYS, days)
                        .set(BUSINESS_HOURS.OPENS, hours.opens())
                        .set(BUSINESS_HOURS.CLOSES, hours.closes())
                        .set(BUSINESS_HOURS.VERSION, expectedVersion + 1)
                        .where(BUSINESS_HOURS.TENANT_ID.eq(tenant.value()), BUSINESS_HOURS.VERSION.eq(expectedVersion))
                        .execute();
        if (written == 0) {
            throw new ConcurrentModification("business-hours", tenant.toString());
        }
        dsl.deleteFrom(BUSINESS_HOLIDAYS).where(BUSINESS_HOLIDAYS.TENANT_ID.eq(tenant.value())).execute();
        if (!hours.holidays().isEmpty()) {
            var insert = dsl.insertInto(BUSINESS_HOLIDAYS, BUSINESS_HOLIDAYS.TENANT_ID, BUSINESS_HOLIDAYS.DAY);
            for (LocalDate day : hours.holidays()) {
                insert = insert.values(tenant.value(), day);
            }
            insert.execute();
        }
    }

    @Override
    public Optional<Versioned<SlaPolicy>> policy(TenantId tenant) {
        Map<TaskPriority, SlaTarget> targets = new EnumMap<>(TaskPriority.class);
        long version = 0;
        for (var row : CurrentTransaction.dsl().selectFrom(SLA_TARGETS)
                .where(SLA_TARGETS.TENANT_ID.eq(tenant.value())).fetch()) {
            targets.put(StatusNames.parse(TaskPriority.class, row.getPriority()),
                    SlaTarget.ofMinutes(row.getFirstResponseMinutes(), row.getResolutionMinutes()));
            version = row.getVersion();
        }
        return targets.isEmpty() ? Optional.empty() : Optional.of(new Versioned<>(new SlaPolicy(targets), version));
    }

    /**
     * The four rows are written together: inserted at once when none is stored, else each updated
     * only while still at the expected version. A concurrent writer holds the same rows, in the same
     * order, so it waits and then finds the version moved on.
     */
    @Override
    public void savePolicy(TenantId tenant, SlaPolicy policy, long expectedVersion) {
        DSLContext dsl = CurrentTransaction.dsl();
        int written = 0;
        if (expectedVersion == 0) {
            var insert = dsl.insertInto(SLA_TARGETS, SLA_TARGETS.TENANT_ID, SLA_TARGETS.PRIORITY,
                    SLA_TARGETS.FIRST_RESPONSE_MINUTES, SLA_TARGETS.RESOLUTION_MINUTES, SLA_TARGETS.VERSION);
            for (TaskPriority priority : TaskPriority.values()) {
                SlaTarget target = policy.targetFor(priority);
                insert = insert.values(tenant.value(), Lifecycle.wireName(priority), minutes(target.firstResponse()),
                        minutes(target.resolution()), 1L);
            }
            written = insert.onConflictDoNothing().execute();
        } else {
            for (TaskPriority priority : TaskPriority.values()) {
                SlaTarget target = policy.targetFor(priority);
                written += dsl.update(SLA_TARGETS)
                        .set(SLA_TARGETS.FIRST_RESPONSE_MINUTES, minutes(target.firstResponse()))
                        .set(SLA_TARGETS.RESOLUTION_MINUTES, minutes(target.resolution()))
                        .set(SLA_TARGETS.VERSION, expectedVersion + 1)
                        .where(SLA_TARGETS.TENANT_ID.eq(tenant.value()),
                                SLA_TARGETS.PRIORITY.eq(Lifecycle.wireName(priority)),
                                SLA_TARGETS.VERSION.eq(expectedVersion))
                        .execute();
            }
        }
        if (written != TaskPriority.values().length) {
            throw new ConcurrentModification("sla-policy", tenant.toString());
        }
    }

    private static int minutes(Duration d) {
        return Math.toIntExact(d.toMinutes());
    }
}
