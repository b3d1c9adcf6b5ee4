package org.clientportal.application.client;

import java.time.Duration;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.audit.Snapshots;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.tenant.TenantLookup;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientId;
import org.clientportal.domain.client.ClientProfile;
import org.clientportal.domain.client.ClientSource;
import org.clientportal.domain.shared.EmailAddress;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;

/** A prospect fills in the agency's public form; the agency gets a new lead. */
public final class SubmitIntake {

    public static final RateLimits.Limit PER_ADDRESS = new RateLimits.Limit("intake submissions", 20, Duration.ofHours(1));
    /** However many addresses a flood comes from, one agency's inbox takes at most this many an hour. */
    public static final RateLimits.Limit PER_AGENCY = new RateLimits.Limit("intake submissions", 200, Duration.ofHours(1));

    private final Transactions transactions;
    private final TenantLookup tenants;
    private final TaskKeyPrefixes prefixes;
    private final AuditRecorder audit;
    private final RateLimits rateLimits;
    private final IdSource ids;
    private final Clock clock;

    public SubmitIntake(Transactions transactions, TenantLookup tenants, TaskKeyPrefixes prefixes,
                        AuditRecorder audit, RateLimits rateLimits, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.tenants = tenants;
        this.prefixes = prefixes;
        this.audit = audit;
        this.rateLimits = rateLimits;
        this.ids = ids;
        this.clock = clock;
    }

    public Client execute(IntakeSubmission submission) {
        rateLimits.spend(PER_ADDRESS, "intake-address", submission.clientAddress());
        TenantId tenant = tenants.bySlug(submission.tenantSlug())
                .orElseThrow(() -> new NotFound("agency", String.valueOf(submission.tenantSlug())));
        rateLimits.spend(PER_AGENCY, "intake-agency", tenant.toString());
        Validation v = new Validation();
        String name = v.requiredText("name", submission.name(), ClientProfile.NAME_MAX);
        EmailAddress email = v.required("email", submission.email(), EmailAddress::new);
        Optional<String> company = v.optionalText("company", submission.company(), ClientProfile.COMPANY_MAX);
        Optional<String> message = v.optionalMultiLineText("message", submission.message(), Client.INTAKE_MESSAGE_MAX);
        v.done();
        Actor actor = new Actor(tenant, new Principal.PublicForm("intake"), submission.requestId());
        return transactions.inTenant(tenant, () -> {
            ClientId id = new ClientId(ids.next());
            ClientProfile profile = new ClientProfile(name, Optional.of(email), company, Optional.empty());
            Client lead = prefixes.addNew(name, Optional.empty(),
                    prefix -> Client.create(id, tenant, profile, prefix, ClientSource.INTAKE, message, clock.now()));
            audit.created(actor, "client.created", "client", lead.id(), Snapshots.of(lead));
            return lead;
        });
    }
}
