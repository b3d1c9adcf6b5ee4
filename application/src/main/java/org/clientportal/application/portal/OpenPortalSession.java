package org.clientportal.application.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.session.Session;
import org.clientportal.application.session.SessionHolder;
import org.clientportal.application.session.SessionLifetime;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Principal;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.shared.TenantToken;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.shared.TenantId;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.tenant.Tenant;

/**
 * A contact exchanges a portal link for a portal session. The link is used up in the same
 * transaction that checks it, so of two concurrent exchanges only one gets a session.
 */
public final class OpenPortalSession {

    /** Only refusals count: a link is 256 bits, so this caps scripted guessing, not people. */
    public static final RateLimits.Limit FAILURES_PER_ADDRESS =
            new RateLimits.Limit("refused portal links", 20, Duration.ofMinutes(15));

    private static final String FAILURES = "portal-link-failures";

    private final Transactions transactions;
    private final PortalLinkRepository links;
    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final TenantRepository tenants;
    private final SessionStore sessions;
    private final AuditRecorder audit;
    private final SecretSource secrets;
    private final Digests digests;
    private final RateLimits rateLimits;
    private final Clock clock;
    private final SessionLifetime lifetime;

    public OpenPortalSession(Transactions transactions, PortalLinkRepository links, ContactRepository contacts,
                             ClientRepository clients, TenantRepository tenants, SessionStore sessions,
                             AuditRecorder audit, SecretSource secrets, Digests digests, RateLimits rateLimits,
                             Clock clock, SessionLifetime lifetime) {
        this.transactions = transactions;
        this.links = links;
        this.contacts = contacts;
        this.clients = clients;
        this.tenants = tenants;
        this.sessions = sessions;
        this.audit = audit;
        this.secrets = secrets;
        this.digests = digests;
        this.rateLimits = rateLimits;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public PortalSignedIn execute(OpenPortalCommand command) {
        Validation v = new Validation();
        v.requiredText("token", command.token(), 200);
        v.done();
        rateLimits.requireNotSpent(FAILURES_PER_ADDRESS, FAILURES, command.clientAddress());
        try {
            TenantToken token = TenantToken.parse(TenantToken.PORTAL_LINK, command.token().strip())
                    .orElseThrow(PortalLinkRefused::unknown);
            PortalMe me = useLink(token, command.requestId());
            Session session = new Session(secrets.token(32), me.tenant().id(),
                    new SessionHolder.Contact(me.contact().id(), me.client().id()), secrets.token(32), clock.now());
            sessions.save(session, lifetime.idle());
            return new PortalSignedIn(session, me);
        } catch (PortalLinkRefused refused) {
            rateLimits.countFailure(FAILURES_PER_ADDRESS, FAILURES, command.clientAddress());
            throw refused;
        }
    }

    private PortalMe useLink(TenantToken token, String requestId) {
        TenantId tenantId = token.tenantId();
        Instant now = clock.now();
        return transactions.inTenant(tenantId, () -> {
            PortalLink link = links.findByDigest(tenantId, digests.sha256(token.value()))
                    .orElseThrow(PortalLinkRefused::unknown);
            PortalLink.State state = link.stateAt(now);
            if (state != PortalLink.State.USABLE) {
                throw PortalLinkRefused.because(state);
            }
            // A removed contact's links are revoked with it; an offboarded client's links no longer open anything.
            Contact contact = contacts.find(tenantId, link.contactId())
                    .orElseThrow(() -> PortalLinkRefused.because(PortalLink.State.REVOKED));
            Client client = clients.find(tenantId, contact.clientId())
                    .filter(c -> c.status() != ClientStatus.OFFBOARDED)
                    .orElseThrow(() -> PortalLinkRefused.because(PortalLink.State.REVOKED));
            if (!links.use(tenantId, link.id(), now)) {
                throw PortalLinkRefused.because(PortalLink.State.USED);
            }
            Tenant tenant = tenants.find(tenantId).orElseThrow();
            Actor contactActor = new Actor(tenantId,
                    new Principal.Contact(contact.id(), client.id(), contact.rights()), requestId);
            audit.created(contactActor, "contact.portal-opened", "contact", contact.id(),
                    Map.of("linkId", link.id().toString()));
            return new PortalMe(contact, client, tenant);
        });
    }
}
