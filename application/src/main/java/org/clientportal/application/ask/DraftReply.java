package org.clientportal.application.ask;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReplyDrafts;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.portal.ListSharedUpdates;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.PageInput;
import org.clientportal.application.shared.PortalScope;
import org.clientportal.application.update.UpdateSearch;
import org.clientportal.domain.ask.Ask;
import org.clientportal.domain.contact.Contact;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.TaskKey;
import org.clientportal.domain.shared.Lifecycle;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.tenant.Tenant;
import org.clientportal.domain.update.ProjectUpdate;

/**
 * An operator asks for a draft reply to an ask, to edit and then publish. What the draft may speak
 * of is read in the PORTAL's transaction, bound to the ask's client and the contact who filed it:
 * the ask, its project when shared, the task made of it when the client may see it, the project's
 * latest client-visible updates. So the database itself keeps every internal record (notes,
 * internal tasks, comments, updates, another client's anything) out of what the template is given,
 * whatever a query here forgets. Nothing is written: the draft is returned, not stored.
 */
public final class DraftReply {

    private final Transactions transactions;
    private final AskRepository asks;
    private final ProjectRepository projects;
    private final UpdateRepository updates;
    private final ContactRepository contacts;
    private final TenantRepository tenants;
    private final SharedTasks sharedTasks;
    private final AuthorNames authors;
    private final ReplyDrafts drafts;

    public DraftReply(Transactions transactions, AskRepository asks, ProjectRepository projects,
                      UpdateRepository updates, ContactRepository contacts, TenantRepository tenants,
                      SharedTasks sharedTasks, AuthorNames authors, ReplyDrafts drafts) {
        this.transactions = transactions;
        this.asks = asks;
        this.projects = projects;
        this.updates = updates;
        this.contacts = contacts;
        this.tenants = tenants;
        this.sharedTasks = sharedTasks;
        this.authors = authors;
        this.drafts = drafts;
    }

    private record Sender(Ask ask, String name) {
    }

    public ReplyDraft execute(Actor actor, String askKey) {
        actor.require(Permission.WRITE);
        TaskKey key = Keys.ofAsk(askKey);
        // The agency's side finds whose ask it is, and who signs the reply; nothing more is read there.
        Sender sender = transactions.inTenant(actor.tenantId(), () -> new Sender(
                asks.find(actor.tenantId(), key).orElseThrow(() -> new NotFound("ask", askKey)), authors.of(actor)));
        PortalScope scope = new PortalScope(actor.tenantId(), sender.ask().clientId(), sender.ask().contactId());
        ReplyContext context = transactions.inPortal(scope, () -> context(scope, key, sender.name(), askKey));
        return new ReplyDraft(drafts.draft(context));
    }

    private ReplyContext context(PortalScope scope, TaskKey key, String senderName, String askKey) {
        Ask ask = asks.find(scope.tenantId(), key)
                .filter(a -> a.isSharedWith(scope.clientId()))
                .orElseThrow(() -> new NotFound("ask", askKey));
        String agency = tenants.find(scope.tenantId()).map(Tenant::name).orElse("");
        String contact = contacts.find(scope.tenantId(), scope.contactId()).map(Contact::name)
                .orElse(ask.authorName());
        Optional<Project> project = ask.projectId().flatMap(id -> projects.find(scope.tenantId(), id))
                .filter(p -> p.clientId().equals(scope.clientId()) && p.isVisibleToClient());
        Optional<ReplyContext.LinkedTask> task = ask.linkedTask().flatMap(k -> sharedTasks.findVisible(scope, k))
                .map(t -> new ReplyContext.LinkedTask(t.key().value(), t.details().title(), words(t.status())));
        return new ReplyContext(agency, contact, senderName, ask.key().value(), Lifecycle.wireName(ask.kind()),
                ask.title(), project.map(p -> new ReplyContext.SharedProject(p.details().name(), words(p.status()))),
                task, project.map(p -> recentUpdates(scope, p)).orElse(List.of()));
    }

    private List<ReplyContext.RecentUpdate> recentUpdates(PortalScope scope, Project project) {
        UpdateSearch search = UpdateSearch.sharedWith(scope.clientId(), Optional.of(project.id()));
        return updates.search(scope.tenantId(), search, ListSharedUpdates.LISTING.request(
                        new PageInput(String.valueOf(ReplyContext.RECENT_UPDATES), null, null), scope.tenantId(),
                        search.canonical()))
                .items().stream()
                .map(u -> new ReplyContext.RecentUpdate(u.createdAt().atZone(ZoneOffset.UTC).toLocalDate(), firstLine(u)))
                .toList();
    }

    private static String firstLine(ProjectUpdate update) {
        return update.body().split("\n", 2)[0];
    }

    private static String words(Enum<?> status) {
        return Lifecycle.wireName(status).replace('_', ' ');
    }
}
