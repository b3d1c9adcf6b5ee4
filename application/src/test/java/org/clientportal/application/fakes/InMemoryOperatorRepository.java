package org.clientportal.application.fakes;

import java.util.Optional;
import org.clientportal.application.operator.OperatorSort;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.application.shared.SortValue;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.AlreadyExists;
import org.clientportal.domain.shared.ConcurrentModification;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;

public final class InMemoryOperatorRepository implements OperatorRepository {

    private final TransactionalMap<OperatorId, Operator> operators;

    public InMemoryOperatorRepository(InMemoryTransactions transactions) {
        this.operators = new TransactionalMap<>(transactions);
    }

    @Override
    public synchronized void add(Operator operator) {
        if (findByEmail(operator.tenantId(), operator.email()).isPresent()) {
            throw new AlreadyExists("operator.email-taken", "An operator with email " + operator.email() + " exists");
        }
        operators.put(operator.id(), operator);
    }

    @Override
    public Optional<Operator> find(TenantId tenant, OperatorId id) {
        return operators.get(id).filter(o -> o.tenantId().equals(tenant));
    }

    @Override
    public Optional<Operator> findForSession(TenantId tenant, OperatorId id) {
        return find(tenant, id);
    }

    @Override
    public Optional<Operator> findByEmail(TenantId tenant, EmailAddress email) {
        return operators.values().stream()
                .filter(o -> o.tenantId().equals(tenant) && o.email().equals(email))
                .findFirst();
    }

    @Override
    public Page<Operator> list(TenantId tenant, PageRequest<OperatorSort> page) {
        return Keyset.page(operators.values(), o -> o.tenantId().equals(tenant), page,
                o -> sortValue(o, page.sort().field()), o -> o.id().value());
    }

    private static SortValue sortValue(Operator operator, OperatorSort field) {
        return switch (field) {
            case NAME -> new SortValue.Text(operator.name());
            case CREATED_AT -> new SortValue.Time(operator.createdAt());
        };
    }

    @Override
    public synchronized void update(Operator operator, long expectedVersion) {
        Operator stored = find(operator.tenantId(), operator.id()).orElse(null);
        if (stored == null || stored.version() != expectedVersion) {
            throw new ConcurrentModification("operator", operator.id().toString());
        }
        operators.put(operator.id(), operator);
    }

    @Override
    public void remove(TenantId tenant, OperatorId id) {
        find(tenant, id).ifPresent(o -> operators.remove(id));
    }

    @Override
    public long lockOwners(TenantId tenant) {
        return operators.values().stream().filter(o -> o.tenantId().equals(tenant) && o.role() == Role.OWNER).count();
    }
}
