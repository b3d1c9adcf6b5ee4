package org.clientportal.application.tenant;

import java.time.Duration;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.operator.Passwords;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.operator.OperatorId;
import org.clientportal.domain.operator.Role;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.tenant.TenantSlug;

/** An agency signs up: the tenant and its owner are created together or not at all. */
public final class RegisterTenant {

    public static final RateLimits.Limit PER_ADDRESS = new RateLimits.Limit("registrations", 10, Duration.ofHours(1));

    private final Transactions transactions;
    private final TenantRepository tenants;
    private final OperatorRepository operators;
    private final AuditRecorder audit;
    private final PasswordHasher hasher;
    private final RateLimits rateLimits;
    private final IdSource ids;
    private final Clock clock;

    public RegisterTenant(Transactions transactions, TenantRepository tenants, OperatorRepository operators,
                          AuditRecorder audit, PasswordHasher hasher, RateLimits rateLimits, IdSource ids,
                          Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.operators = operators;
        this.audit = audit;
        this.hasher = hasher;
        this.rateLimits = rateLimits;
        this.ids = ids;
        this.clock = clock;
    }

    public TenantRegistration execute(RegisterTenantCommand command) {
        rateLimits.spend(PER_ADDRESS, "register", command.clientAddress());
        Validation v = new Validation();
        String name = v.requiredText("name", command.name(), Tenant.NAME_MAX);
        TenantSlug slug = v.required("slug", command.slug(), TenantSlug::new);
        EmailAddress email = v.required("ownerEmail", command.ownerEmail(), EmailAddress::new);
        String password = Passwords.check(v, "ownerPassword", command.ownerPassword());
        String ownerName = v.optionalText("ownerName", command.ownerName(), Operator.NAME_MAX)
                .orElseGet(() -> email == null ? null : email.value().substring(0, email.value().indexOf('@')));
        v.done();
        String passwordHash = hasher.hash(password);
        TenantId tenantId = new TenantId(ids.next());
        return transactions.inTenant(tenantId, () -> {
            Tenant tenant = new Tenant(tenantId, name, slug, clock.now());
            tenants.add(tenant);
            Operator owner = Operator.create(new OperatorId(ids.next()), tenantId, email, ownerName, Role.OWNER,
                    passwordHash, clock.now());
            operators.add(owner);
            Actor actor = new Actor(tenantId, new Principal.Operator(owner.id(), owner.role()), command.requestId());
            audit.created(actor, "tenant.registered", "tenant", tenantId, Snapshots.of(tenant));
            audit.created(actor, "operator.added", "operator", owner.id(), Snapshots.of(owner));
            return new TenantRegistration(tenant, owner);
        });
    }
}
