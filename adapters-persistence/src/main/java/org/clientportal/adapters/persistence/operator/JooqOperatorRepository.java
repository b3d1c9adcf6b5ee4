package org.clientportal.adapters.persistence.operator;

import static org.clientportal.adapters.persistence.generated.Tables.OPERATORS;

import java.util.Optional;
import org.clientportal.adapters.persistence.generated.tables.records.OperatorsRecord;
import org.clientportal.adapters.persistence.shared.Keyset;
import org.clientportal.adapters.persistence.shared.SortColumn;
import org.clientportal.adapters.persistence.shared.VersionedUpdate;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.application.operator.OperatorSort;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.TenantId;
import org.jooq.Condition;

public final class JooqOperatorRepository implements OperatorRepository {

    /** Written out rather than built, as API-key authentication's: it runs on every operator-session request. */
    private static final String SESSION_HOLDER = "select * from portal.operator_of_session(?, ?)";

    /** ON CONFLICT rather than a caught unique violation, which would abort the whole transaction. */
    @Override
    public void add(Operator operator) {
        int inserted = CurrentTransaction.dsl().insertInto(OPERATORS).set(OperatorRows.toRecord(operator))
                .onConflict(OPERATORS.TENANT_ID, OPERATORS.EMAIL).doNothing()
                .execute();
        if (inserted == 0) {
            throw new AlreadyExists("operator.email-taken",
                    "An operator with the email " + operator.email() + " already exists");
        }
    }

    @Override
    public Optional<Operator> find(TenantId tenant, OperatorId id) {
        return findWhere(tenant, OPERATORS.ID.eq(id.value()));
    }

    /** One call of portal.operator_of_session (V25). */
    @Override
    public Optional<Operator> findForSession(TenantId tenant, OperatorId id) {
        return CurrentTransaction.dsl().resultQuery(SESSION_HOLDER, tenant.value(), id.value()).coerce(OPERATORS)
                .fetchOptional(OperatorRows::toOperator);
    }

    @Override
    public Optional<Operator> findByEmail(TenantId tenant, EmailAddress email) {
        return findWhere(tenant, OPERATORS.EMAIL.eq(email.value()));
    }

    /** A team is small: its rows are found by the primary key's tenant prefix and sorted, no order index. */
    @Override
    public Page<Operator> list(TenantId tenant, PageRequest<OperatorSort> page) {
        SortColumn<OperatorsRecord, ?> column = switch (page.sort().field()) {
            case NAME -> SortColumn.text(OPERATORS.NAME);
            case CREATED_AT -> SortColumn.time(OPERATORS.CREATED_AT);
        };
        Keyset<OperatorsRecord> keyset = new Keyset<>(column, OPERATORS.ID, page);
        return keyset.page(keyset.query(CurrentTransaction.dsl().selectFrom(OPERATORS)
                .where(OPERATORS.TENANT_ID.eq(tenant.value()))).fetch()).map(OperatorRows::toOperator);
    }

    @Override
    public void update(Operator operator, long expectedVersion) {
        VersionedUpdate.write(OperatorRows.toRecord(operator), OPERATORS.TENANT_ID, OPERATORS.ID, OPERATORS.VERSION,
                expectedVersion, "operator");
    }

    @Override
    public void remove(TenantId tenant, OperatorId id) {
        CurrentTransaction.dsl().deleteFrom(OPERATORS)
                .where(OPERATORS.TENANT_ID.eq(tenant.value()), OPERATORS.ID.eq(id.value()))
                .execute();
    }

    /** Row locks, not a count: an aggregate cannot be locked, and the lock is the point. */
    @Override
    public long lockOwners(TenantId tenant) {
        return CurrentTransaction.dsl().select(OPERATORS.ID).from(OPERATORS)
                .where(OPERATORS.TENANT_ID.eq(tenant.value()), OPERATORS.ROLE.eq(Lifecycle.wireName(Role.OWNER)))
                .forUpdate()
                .fetch()
                .size();
    }

    private Optional<Operator> findWhere(TenantId tenant, Condition condition) {
        return CurrentTransaction.dsl().selectFrom(OPERATORS)
                .where(OPERATORS.TENANT_ID.eq(tenant.value()), condition)
                .fetchOptional(OperatorRows::toOperator);
    }
}
