package org.clientportal.application.portal;

import java.time.Instant;
import java.util.Map;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.TenantToken;
import org.clientportal.domain.client.Client;
import org.clientportal.domain.client.ClientStatus;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.contact.ContactId;
import org.clientportal.domain.contact.PortalLink;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.shared.DomainError;
import org.clientportal.domain.shared.ErrorKind;
import org.clientportal.domain.shared.NotFound;

/**
 * An operator issues a contact a single-use link into the portal. Earlier links stay usable until
 * used, expired or revoked: a contact may have asked twice. An offboarded client's contacts get none.
 */
public final class IssuePortalLink {

    private final Transactions transactions;
    private final ContactRepository contacts;
    private final ClientRepository clients;
    private final PortalLinkRepository links;
    private final AuditRecorder audit;
    private final Notifications notifications;
    private final SecretSource secrets;
    private final Digests digests;
    private final IdSource ids;
    private final Clock clock;
    private final PortalLinkSettings settings;

    public IssuePortalLink(Transactions transactions, ContactRepository contacts, ClientRepository clients,
                           PortalLinkRepository links, AuditRecorder audit, Notifications notifications,
                           SecretSource secrets, Digests digests, IdSource ids, Clock clock,
                           PortalLinkSettings settings) {
        this.transactions = transactions;
        this.contacts = contacts;
        this.clients = clients;
        this.links = links;
        this.audit = audit;
        this.notifications = notifications;
        this.secrets = secrets;
        this.digests = digests;
        this.ids = ids;
        this.clock = clock;
        this.settings = settings;
    }

    public static DomainError clientOffboarded() {
        return new DomainError(ErrorKind.CONFLICT, "contact.client-offboarded",
                "The contact's client is offboarded: its contacts cannot open the portal");
    }

    public IssuedPortalLink execute(Actor actor, String contactId) {
        actor.require(Permission.WRITE);
        ContactId id = ContactId.parse(contactId);
        TenantToken token = TenantToken.issue(TenantToken.PORTAL_LINK, actor.tenantId(),
                secrets.token(TenantToken.SECRET_BYTES));
        return transactions.inTenant(actor.tenantId(), () -> {
            Contact contact = contacts.find(actor.tenantId(), id).orElseThrow(() -> new NotFound("contact", contactId));
            Client client = clients.find(actor.tenantId(), contact.clientId()).orElseThrow();
            if (client.status() == ClientStatus.OFFBOARDED) {
                throw clientOffboarded();
            }
            Instant now = clock.now();
            PortalLink link = PortalLink.issue(ids.next(), actor.tenantId(), id, digests.sha256(token.value()),
                    actor.principal().name(), now, now.plus(settings.timeToLive()));
            links.add(link);
            audit.created(actor, "contact.portal-link-issued", "contact", id,
                    Map.of("linkId", link.id().toString(), "expiresAt", link.expiresAt().toString()));
            String url = settings.urlFor(token.value());
            notifications.portalLinkIssued(contact, url, link.expiresAt());
            return new IssuedPortalLink(link, token.value(), url);
        });
    }
}
