package org.clientportal.application.portal;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.SessionStore;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.session.LogOut;
import org.clientportal.application.session.SessionLifetime;
import org.clientportal.application.shared.RateLimits;

/**
 * The portal: links issued by the agency, exchanged by contacts for portal sessions, resolved on
 * every portal request; shutting a contact out again; what a contact reads there, and an operator
 * reading it as one of them.
 */
public record PortalFeature(IssuePortalLink issuePortalLink, RevokePortalAccess revokePortalAccess,
                            OpenPortalSession openPortalSession, AuthenticatePortalSession authenticatePortalSession,
                            LogOut closePortalSession, ShowPortalMe showPortalMe, ListSharedProjects listSharedProjects,
                            GetSharedProject getSharedProject, ListSharedUpdates listSharedUpdates,
                            ListSharedTasks listSharedTasks, GetSharedTask getSharedTask, ListPortalFeed listPortalFeed,
                            ViewAsContact viewAsContact) {

    /** The ports the portal's way in works through. */
    public record Ports(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                        ContactRepository contacts, PortalLinkRepository links, ProjectRepository projects,
                        TaskRepository tasks, UpdateRepository updates, PortalFeed feed, SessionStore sessions,
                        SecretSource secrets, Digests digests, IdSource ids, Clock clock) {
    }

    public static PortalFeature wire(Ports p, AuditRecorder audit, Notifications notifications, RateLimits rateLimits,
                                     SessionLifetime lifetime,
                                     PortalLinkSettings settings) {
        SharedTasks sharedTasks = new SharedTasks(p.tasks(), p.projects());
        return new PortalFeature(
                new IssuePortalLink(p.transactions(), p.contacts(), p.clients(), p.links(), audit, notifications,
                        p.secrets(),
                        p.digests(), p.ids(), p.clock(), settings),
                new RevokePortalAccess(p.transactions(), p.contacts(), new PortalExclusion(p.links(), p.sessions(), p.clock()),
                        audit),
                new OpenPortalSession(p.transactions(), p.links(), p.contacts(), p.clients(), p.tenants(), p.sessions(),
                        audit, p.secrets(), p.digests(), rateLimits, p.clock(), lifetime),
                new AuthenticatePortalSession(p.sessions(), p.transactions(), p.contacts(), lifetime,
                        p.clock()),
                new LogOut(p.sessions()),
                new ShowPortalMe(p.transactions(), p.contacts(), p.clients(), p.tenants()),
                new ListSharedProjects(p.transactions(), p.projects()),
                new GetSharedProject(p.transactions(), p.projects()),
                new ListSharedUpdates(p.transactions(), p.updates()),
                new ListSharedTasks(p.transactions(), p.tasks()),
                new GetSharedTask(p.transactions(), sharedTasks),
                new ListPortalFeed(p.transactions(), p.feed()),
                new ViewAsContact(p.transactions(), p.contacts(), p.clients(), audit));
    }
}
