package org.clientportal.application.port;

import java.util.Optional;
import org.clientportal.application.operator.OperatorSort;
import org.clientportal.application.shared.Page;
import org.clientportal.application.shared.PageRequest;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;

public interface OperatorRepository {

    /** Throws {@link org.clientportal.domain.shared.AlreadyExists} (operator.email-taken) for a taken email. */
    void add(Operator operator);

    Optional<Operator> find(TenantId tenant, OperatorId id);

    /**
     * The operator an operator session holds, read by one statement that binds the session's tenant
     * itself: run it as {@link Transactions#singleStatement}, never in a transaction.
     */
    Optional<Operator> findForSession(TenantId tenant, OperatorId id);

    Optional<Operator> findByEmail(TenantId tenant, EmailAddress email);

    /** The tenant's operators in the requested order (ties by id), after the request's position. */
    Page<Operator> list(TenantId tenant, PageRequest<OperatorSort> page);

    /** Throws {@link org.clientportal.domain.shared.ConcurrentModification} when the stored version moved on. */
    void update(Operator operator, long expectedVersion);

    void remove(TenantId tenant, OperatorId id);

    /** Counts the owners and locks them, so two concurrent demotions cannot both pass the last-owner rule. */
    long lockOwners(TenantId tenant);
}
