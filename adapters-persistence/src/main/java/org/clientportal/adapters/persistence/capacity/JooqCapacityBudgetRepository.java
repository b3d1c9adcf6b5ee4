package org.clientportal.adapters.persistence.capacity;

import static org.clientportal.adapters.persistence.generated.Tables.CAPACITY_BUDGETS;
import static org.clientportal.adapters.persistence.generated.Tables.CAPACITY_CROSSINGS;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.CapacityBudgetsRecord;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.domain.capacity.BudgetPeriod;
import org.clientportal.domain.capacity.BudgetTerms;
import org.clientportal.domain.capacity.CapacityBudget;
import org.clientportal.domain.capacity.CapacityBudgetId;
import org.clientportal.domain.capacity.CapacityCrossing;
import org.clientportal.domain.capacity.CapacityLevel;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.TenantId;

/**
 * Capacity budgets and their crossings (V26__time_and_capacity.sql). A crossing is raised by an
 * insert that does nothing when its period already has that level: the primary key decides.
 */
public final class JooqCapacityBudgetRepository implements CapacityBudgetRepository {

    @Override
    public void add(CapacityBudget budget) {
        CurrentTransaction.dsl().insertInto(CAPACITY_BUDGETS).set(toRecord(budget)).execute();
    }

    @Override
    public Optional<CapacityBudget> find(TenantId tenant, CapacityBudgetId id) {
        return CurrentTransaction.dsl().selectFrom(CAPACITY_BUDGETS)
                .where(CAPACITY_BUDGETS.TENANT_ID.eq(tenant.value()), CAPACITY_BUDGETS.ID.eq(id.value()))
                .fetchOptional(JooqCapacityBudgetRepository::toBudget);
    }

    @Override
    public void update(CapacityBudget budget, long expectedVersion) {
        VersionedUpdate.write(toRecord(budget), CAPACITY_BUDGETS.TENANT_ID, CAPACITY_BUDGETS.ID,
                CAPACITY_BUDGETS.VERSION, expectedVersion, "capacity-budget");
    }

    @Override
    public void remove(CapacityBudget budget, long expectedVersion) {
        VersionedUpdate.delete(CAPACITY_BUDGETS, CAPACITY_BUDGETS.TENANT_ID, CAPACITY_BUDGETS.ID,
                CAPACITY_BUDGETS.VERSION, budget.tenantId().value(), budget.id().value(), expectedVersion,
                "capacity-budget");
    }

    @Override
    public List<CapacityBudget> ofClient(TenantId tenant, ClientId client) {
        return CurrentTransaction.dsl().selectFrom(CAPACITY_BUDGETS)
                .where(CAPACITY_BUDGETS.TENANT_ID.eq(tenant.value()), CAPACITY_BUDGETS.CLIENT_ID.eq(client.value()))
                .orderBy(CAPACITY_BUDGETS.CREATED_AT, CAPACITY_BUDGETS.ID)
                .fetch(JooqCapacityBudgetRepository::toBudget);
    }

    @Override
    public List<CapacityBudget> ofClients(TenantId tenant, Collection<ClientId> clients) {
        if (clients.isEmpty()) {
            return List.of();
        }
        return CurrentTransaction.dsl().selectFrom(CAPACITY_BUDGETS)
                .where(CAPACITY_BUDGETS.TENANT_ID.eq(tenant.value()),
                        CAPACITY_BUDGETS.CLIENT_ID.in(clients.stream().map(ClientId::value).toList()))
                .orderBy(CAPACITY_BUDGETS.CLIENT_ID, CAPACITY_BUDGETS.CREATED_AT, CAPACITY_BUDGETS.ID)
                .fetch(JooqCapacityBudgetRepository::toBudget);
    }

    @Override
    public List<CapacityBudget> lockOfClient(TenantId tenant, ClientId client) {
        return CurrentTransaction.dsl().selectFrom(CAPACITY_BUDGETS)
                .where(CAPACITY_BUDGETS.TENANT_ID.eq(tenant.value()), CAPACITY_BUDGETS.CLIENT_ID.eq(client.value()))
                .orderBy(CAPACITY_BUDGETS.ID)
                .forUpdate()
                .fetch(JooqCapacityBudgetRepository::toBudget);
    }

    @Override
    public boolean raise(TenantId tenant, CapacityCrossing crossing) {
        return CurrentTransaction.dsl().insertInto(CAPACITY_CROSSINGS)
                .set(CAPACITY_CROSSINGS.TENANT_ID, tenant.value())
                .set(CAPACITY_CROSSINGS.BUDGET_ID, crossing.budgetId().value())
                .set(CAPACITY_CROSSINGS.PERIOD_START, crossing.periodStart())
                .set(CAPACITY_CROSSINGS.LEVEL, Lifecycle.wireName(crossing.level()))
                .set(CAPACITY_CROSSINGS.RAISED_AT, crossing.raisedAt())
                .onConflictDoNothing()
                .execute() == 1;
    }

    @Override
    public List<CapacityCrossing> crossingsOf(TenantId tenant, Collection<CapacityBudgetId> budgets) {
        return CurrentTransaction.dsl().selectFrom(CAPACITY_CROSSINGS)
                .where(CAPACITY_CROSSINGS.TENANT_ID.eq(tenant.value()),
                        CAPACITY_CROSSINGS.BUDGET_ID.in(budgets.stream().map(CapacityBudgetId::value).toList()))
                .orderBy(CAPACITY_CROSSINGS.BUDGET_ID, CAPACITY_CROSSINGS.PERIOD_START, CAPACITY_CROSSINGS.LEVEL)
                .fetch(r -> new CapacityCrossing(new CapacityBudgetId(r.getBudgetId()), r.getPeriodStart(),
                        StatusNames.parse(CapacityLevel.class, r.getLevel()), r.getRaisedAt()));
    }

    private static CapacityBudgetsRecord toRecord(CapacityBudget budget) {
        CapacityBudgetsRecord record = new CapacityBudgetsRecord();
        record.setTenantId(budget.tenantId().value());
        record.setId(budget.id().value());
        record.setClientId(budget.clientId().value());
        record.setHours(budget.terms().hours());
        record.setPeriod(Lifecycle.wireName(budget.terms().period()));
        record.setStartsOn(budget.terms().startsOn());
        record.setEndsOn(budget.terms().endsOn().orElse(null));
        record.setClientVisible(budget.terms().clientVisible());
        record.setVersion(budget.version());
        record.setCreatedAt(budget.createdAt());
        record.setUpdatedAt(budget.updatedAt());
        return record;
    }

    private static CapacityBudget toBudget(CapacityBudgetsRecord record) {
        return new CapacityBudget(new CapacityBudgetId(record.getId()), new TenantId(record.getTenantId()),
                new ClientId(record.getClientId()), new BudgetTerms(record.getHours(),
                        StatusNames.parse(BudgetPeriod.class, record.getPeriod()), record.getStartsOn(),
                        Optional.ofNullable(record.getEndsOn()), record.getClientVisible()),
                record.getVersion(), record.getCreatedAt(), record.getUpdatedAt());
    }
}
