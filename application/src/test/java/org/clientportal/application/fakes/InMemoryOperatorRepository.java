package org.clientportal.application.fakes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.OperatorRepository;
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
    public Optional<Operator> findByEmail(TenantId tenant, EmailAddress email) {
        return operators.values().stream()
                .filter(o -> o.tenantId().equals(tenant) && o.email().equals(email))
                .findFirst();
    }

    @Override
    public List<Operator> list(TenantId tenant) {
        return operators.values().stream()
                .filter(o -> o.tenantId().equals(tenant))
                .sorted(Comparator.comparing(o -> o.id().value(), Keyset.POSTGRES_ORDER))
                .toList();
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
        return list(tenant).stream().filter(o -> o.role() == Role.OWNER).count();
    }
}
