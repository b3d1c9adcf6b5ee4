package org.clientportal.application.session;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.AuthenticationFailed;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.tenant.TenantLookup;
import org.clientportal.domain.operator.Operator;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.tenant.Tenant;

/**
 * An operator signs in with agency slug, email and password and gets a session. Every failure
 * reads the same, so the answer does not reveal which agencies or emails exist.
 */
public final class LogIn {

    /*
     * Only failures count, and per account AND address: someone guessing an owner's password from
     * their own address cannot lock the owner out at theirs. A stepped backoff: 5 failures lock that
     * pair for the rest of 15 minutes, 20 for the rest of a day. Spraying many accounts from one
     * address is capped by the address's own failures.
     */
    public static final RateLimits.Limit FAILURES_PER_ACCOUNT_AND_ADDRESS =
            new RateLimits.Limit("failed sign-ins", 5, Duration.ofMinutes(15));
    public static final RateLimits.Limit FAILURES_PER_ACCOUNT_AND_ADDRESS_DAILY =
            new RateLimits.Limit("failed sign-ins", 20, Duration.ofDays(1));
    public static final RateLimits.Limit FAILURES_PER_ADDRESS =
            new RateLimits.Limit("failed sign-ins", 50, Duration.ofMinutes(15));

    private static final String FAILURE = "Wrong agency, email or password";

    private final Transactions transactions;
    private final TenantLookup lookup;
    private final TenantRepository tenants;
    private final OperatorRepository operators;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final SecretSource secrets;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final Duration idleTimeout;
    /** Checked when no operator matched, so that both paths take as long. */
    private final String decoyHash;

    public LogIn(Transactions transactions, TenantLookup lookup, TenantRepository tenants,
                 OperatorRepository operators, SessionStore sessions, PasswordHasher hasher, SecretSource secrets,
                 RateLimits rateLimits, Clock clock, Duration idleTimeout) {
        this.transactions = transactions;
        this.lookup = lookup;
        this.tenants = tenants;
        this.operators = operators;
        this.sessions = sessions;
        this.hasher = hasher;
        this.secrets = secrets;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.decoyHash = hasher.decoy();
    }

    public SignedIn execute(LogInCommand command) {
        Validation v = new Validation();
        v.requiredText("tenant", command.tenant(), 100);
        v.requiredText("email", command.email(), 254);
        v.requiredSecret("password", command.password(), 1000);
        v.done();
        String address = command.clientAddress();
        String accountAtAddress = command.tenant().strip().toLowerCase(Locale.ROOT) + "\n"
                + command.email().strip().toLowerCase(Locale.ROOT) + "\n" + address;
        rateLimits.requireNotSpent(FAILURES_PER_ADDRESS, "login-failures-address", address);
        rateLimits.requireNotSpent(FAILURES_PER_ACCOUNT_AND_ADDRESS, "login-failures", accountAtAddress);
        rateLimits.requireNotSpent(FAILURES_PER_ACCOUNT_AND_ADDRESS_DAILY, "login-failures-daily", accountAtAddress);
        Optional<Account> account = lookup.bySlug(command.tenant().strip())
                .flatMap(tenantId -> findAccount(tenantId, command.email()));
        String hash = account.map(a -> a.operator().passwordHash()).orElse(decoyHash);
        if (!hasher.matches(command.password(), hash) || account.isEmpty()) {
            rateLimits.countFailure(FAILURES_PER_ADDRESS, "login-failures-address", address);
            rateLimits.countFailure(FAILURES_PER_ACCOUNT_AND_ADDRESS, "login-failures", accountAtAddress);
            rateLimits.countFailure(FAILURES_PER_ACCOUNT_AND_ADDRESS_DAILY, "login-failures-daily", accountAtAddress);
            throw new AuthenticationFailed(FAILURE);
        }
        Operator operator = account.get().operator();
        Session session = new Session(secrets.token(32), operator.tenantId(), new SessionHolder.Operator(operator.id()),
                secrets.token(32),
                clock.now());
        sessions.save(session, idleTimeout);
        return new SignedIn(session, operator, account.get().tenant());
    }

    /** Who would be signing in: the operator with that email, and their agency, read together. */
    private record Account(Tenant tenant, Operator operator) {
    }

    private Optional<Account> findAccount(TenantId tenantId, String rawEmail) {
        EmailAddress email;
        try {
            email = new EmailAddress(rawEmail.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return transactions.inTenant(tenantId, () -> operators.findByEmail(tenantId, email)
                .flatMap(operator -> tenants.find(tenantId).map(tenant -> new Account(tenant, operator))));
    }
}
