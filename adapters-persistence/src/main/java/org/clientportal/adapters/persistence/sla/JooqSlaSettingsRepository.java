package org.clientportal.adapters.persistence.sla;

import static org.clientportal.adapters.persistence.generated.Tables.BUSINESS_HOLIDAYS;
import static org.clientportal.adapters.persistence.generated.Tables.BUSINESS_HOURS;
import static org.clientportal.adapters.persistence.generated.Tables.SLA_TARGETS;

import java.time.DayOfWeek;
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
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.sla.BusinessHours;
import org.clientportal.domain.sla.SlaPolicy;
import org.clientportal.domain.sla.SlaTarget;
import org.clientportal.domain.task.TaskPriority;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** An agency's business hours, holidays and SLA targets (V28__sla_clocks.sql); each replaced whole. */
public final class JooqSlaSettingsRepository implements SlaSettingsRepository {

    @Override
    public Optional<BusinessHours> businessHours(TenantId tenant) {
        DSLContext dsl = CurrentTransaction.dsl();
        return dsl.selectFrom(BUSINESS_HOURS).where(BUSINESS_HOURS.TENANT_ID.eq(tenant.value())).fetchOptional()
                .map(row -> new BusinessHours(ZoneId.of(row.getTimeZone()),
                        Arrays.stream(row.getWorkingDays()).map(d -> StatusNames.parse(DayOfWeek.class, d))
                                .collect(Collectors.toSet()),
                        row.getOpens(), row.getCloses(),
                        new TreeSet<>(dsl.select(BUSINESS_HOLIDAYS.DAY).from(BUSINESS_HOLIDAYS)
                                .where(BUSINESS_HOLIDAYS.TENANT_ID.eq(tenant.value()))
                                .fetch(BUSINESS_HOLIDAYS.DAY))));
    }

    @Override
    public void saveBusinessHours(TenantId tenant, BusinessHours hours) {
        DSLContext dsl = CurrentTransaction.dsl();
        String[] days = hours.workingDays().stream().sorted().map(Lifecycle::wireName).toArray(String[]::new);
        dsl.insertInto(BUSINESS_HOURS)
                .set(BUSINESS_HOURS.TENANT_ID, tenant.value())
                .set(BUSINESS_HOURS.TIME_ZONE, hours.zone().getId())
                .set(BUSINESS_HOURS.WORKING_DAYS, days)
                .set(BUSINESS_HOURS.OPENS, hours.opens())
                .set(BUSINESS_HOURS.CLOSES, hours.closes())
                .onConflict(BUSINESS_HOURS.TENANT_ID).doUpdate()
                .set(BUSINESS_HOURS.TIME_ZONE, hours.zone().getId())
                .set(BUSINESS_HOURS.WORKING_DAYS, days)
                .set(BUSINESS_HOURS.OPENS, hours.opens())
                .set(BUSINESS_HOURS.CLOSES, hours.closes())
                .execute();
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
    public Optional<SlaPolicy> policy(TenantId tenant) {
        Map<TaskPriority, SlaTarget> targets = new EnumMap<>(TaskPriority.class);
        CurrentTransaction.dsl().selectFrom(SLA_TARGETS).where(SLA_TARGETS.TENANT_ID.eq(tenant.value()))
                .forEach(row -> targets.put(StatusNames.parse(TaskPriority.class, row.getPriority()),
                        SlaTarget.ofMinutes(row.getFirstResponseMinutes(), row.getResolutionMinutes())));
        return targets.isEmpty() ? Optional.empty() : Optional.of(new SlaPolicy(targets));
    }

    @Override
    public void savePolicy(TenantId tenant, SlaPolicy policy) {
        var insert = CurrentTransaction.dsl().insertInto(SLA_TARGETS, SLA_TARGETS.TENANT_ID, SLA_TARGETS.PRIORITY,
                SLA_TARGETS.FIRST_RESPONSE_MINUTES, SLA_TARGETS.RESOLUTION_MINUTES);
        for (TaskPriority priority : TaskPriority.values()) {
            SlaTarget target = policy.targetFor(priority);
            insert = insert.values(tenant.value(), Lifecycle.wireName(priority),
                    Math.toIntExact(target.firstResponse().toMinutes()), Math.toIntExact(target.resolution().toMinutes()));
        }
        insert.onConflict(SLA_TARGETS.TENANT_ID, SLA_TARGETS.PRIORITY).doUpdate()
                .set(SLA_TARGETS.FIRST_RESPONSE_MINUTES, DSL.excluded(SLA_TARGETS.FIRST_RESPONSE_MINUTES))
                .set(SLA_TARGETS.RESOLUTION_MINUTES, DSL.excluded(SLA_TARGETS.RESOLUTION_MINUTES))
                .execute();
    }
}
