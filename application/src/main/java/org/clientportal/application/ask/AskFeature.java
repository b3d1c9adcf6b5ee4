package org.clientportal.application.ask;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReplyDrafts;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.portal.SharedTasks;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.sla.RequestClocks;
import org.clientportal.application.sla.SlaReadings;
import org.clientportal.application.sla.SlaSettings;

/**
 * What a client files from the portal, and the agency's side of it: contacts file task requests
 * and asks and follow them; operators list and classify asks, draft replies from what the client
 * may see, and publish them. (Accepting or declining a task request is a task transition.)
 */
public record AskFeature(FileRequest fileRequest, ListSharedRequests listSharedRequests,
                         GetSharedRequest getSharedRequest, ListAsks listAsks, GetAsk getAsk, ClassifyAsk classifyAsk,
                         DraftReply draftReply, PublishReply publishReply) {

    /** The ports asks work through. */
    public record Ports(Transactions transactions, TenantRepository tenants, ClientRepository clients,
                        ContactRepository contacts, ProjectRepository projects, TaskRepository tasks,
                        UpdateRepository updates, AskRepository asks, RequestClockRepository requestClocks,
                        SlaSettingsRepository slaSettings, ReplyDrafts drafts, IdSource ids, Clock clock) {
    }

    public static AskFeature wire(Ports p, AuthorNames authors, AuditRecorder audit, Notifications notifications) {
        SharedTasks sharedTasks = new SharedTasks(p.tasks(), p.projects());
        SharedRequests sharedRequests = new SharedRequests(p.asks(), sharedTasks);
        RequestClocks clocks = new RequestClocks(p.requestClocks());
        AskViews views = new AskViews(p.asks(), p.tasks(),
                new SlaReadings(p.requestClocks(), new SlaSettings(p.slaSettings()), p.clock()));
        return new AskFeature(
                new FileRequest(p.transactions(), p.clients(), p.projects(), p.tasks(), p.asks(), clocks, authors,
                        audit, notifications, p.ids(), p.clock()),
                new ListSharedRequests(p.transactions(), p.asks(), sharedRequests),
                new GetSharedRequest(p.transactions(), sharedRequests),
                new ListAsks(p.transactions(), p.asks(), views),
                new GetAsk(p.transactions(), p.asks(), views),
                new ClassifyAsk(p.transactions(), p.clients(), p.projects(), p.tasks(), p.asks(), clocks, views, audit,
                        p.ids(), p.clock()),
                new DraftReply(p.transactions(), p.asks(), p.projects(), p.updates(), p.contacts(), p.tenants(),
                        sharedTasks, authors, p.drafts()),
                new PublishReply(p.transactions(), p.asks(), clocks, authors, audit, p.ids(), p.clock()));
    }
}
