package org.clientportal.application.fakes;

import java.time.Duration;
import org.clientportal.application.agenda.AgendaFeature;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.attachment.AttachmentFeature;
import org.clientportal.application.attachment.DownloadLinks;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.audit.AuditFeature;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.capacity.CapacityFeature;
import org.clientportal.application.checkpoint.CheckpointFeature;
import org.clientportal.application.docs.DocsFeature;
import org.clientportal.application.client.ClientFeature;
import org.clientportal.application.comment.CommentFeature;
import org.clientportal.application.contact.ContactFeature;
import org.clientportal.application.handoff.GetHandoff;
import org.clientportal.application.handoff.HandoffFeature;
import org.clientportal.application.idempotency.IdempotentRequests;
import org.clientportal.application.job.JobFeature;
import org.clientportal.application.metric.MetricFeature;
import org.clientportal.application.notification.NotificationFeature;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.operator.OperatorFeature;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.portal.PortalLinkSettings;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.report.ReportFeature;
import org.clientportal.application.search.SearchFeature;
import org.clientportal.application.session.SessionFeature;
import org.clientportal.application.session.SessionLifetime;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.queue.QueueFeature;
import org.clientportal.application.sla.SlaFeature;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.tenant.TenantFeature;
import org.clientportal.application.update.UpdateFeature;

/** Every feature wired on in-memory fakes, the way bootstrap wires them on the real adapters. */
public final class FakeFeatures {

    public static final SessionLifetime SESSIONS = new SessionLifetime(Duration.ofHours(8), Duration.ofHours(24));

    public static final PortalLinkSettings PORTAL_LINKS =
            new PortalLinkSettings(PortalLinkSettings.DEFAULT_TIME_TO_LIVE, "https://portal.example.test/");

    public final FakePorts fakes;
    public final TenantFeature tenants;
    public final SessionFeature sessions;
    public final ApiKeyFeature apiKeys;
    public final OperatorFeature operators;
    public final ClientFeature clients;
    public final ProjectFeature projects;
    public final TaskFeature tasks;
    public final ContactFeature contacts;
    public final PortalFeature portal;
    public final UpdateFeature updates;
    public final CommentFeature comments;
    public final AttachmentFeature attachments;
    public final SearchFeature search;
    public final AskFeature asks;
    public final CapacityFeature capacity;
    public final SlaFeature sla;
    public final QueueFeature queue;
    public final AgendaFeature agenda;
    public final HandoffFeature handoff;
    public final ReportFeature reports;
    public final MetricFeature metrics;
    public final NotificationFeature notifications;
    public final JobFeature jobs;
    public final CheckpointFeature checkpoints;
    public final DocsFeature docs;
    public final AuditFeature audit;
    public final IdempotentRequests idempotency;

    public FakeFeatures(FakePorts p) {
        this.fakes = p;
        AuditRecorder recorder = new AuditRecorder(p.auditTrail, p.ids, p.clock);
        RateLimits rateLimits = new RateLimits(p.rateLimiter, p.digests);
        Notifications notifications = new Notifications(p.outbox, p.ids, p.clock);
        this.tenants = TenantFeature.wire(p.transactions, p.tenants, p.operators, recorder, p.passwords, rateLimits,
                p.ids, p.clock);
        this.sessions = SessionFeature.wire(p.transactions, p.tenants, p.operators, p.sessions, p.passwords, p.secrets,
                rateLimits, p.clock, SESSIONS);
        this.apiKeys = ApiKeyFeature.wire(p.transactions, p.apiKeys, recorder, p.secrets, p.digests, p.ids, p.clock);
        this.operators = OperatorFeature.wire(p.transactions, p.operators, p.apiKeys, p.sessions, recorder, p.passwords, p.ids,
                p.clock);
        this.clients = ClientFeature.wire(p.transactions, p.tenants, p.clients, p.projects, p.tasks, recorder, rateLimits,
                p.ids, p.clock);
        this.projects = ProjectFeature.wire(p.transactions, p.clients, p.projects, p.tasks, recorder, notifications,
                p.ids, p.clock);
        this.tasks = TaskFeature.wire(p.transactions, p.clients, p.projects, p.operators, p.tasks, recorder,
                notifications, p.requestClocks, p.slaSettings, p.ids, p.clock);
        this.contacts = ContactFeature.wire(p.transactions, p.clients, p.contacts, p.portalLinks, p.sessions, recorder,
                p.ids, p.clock);
        this.portal = PortalFeature.wire(new PortalFeature.Ports(p.transactions, p.tenants, p.clients, p.contacts,
                p.portalLinks, p.projects, p.tasks, p.updates, p.feed, p.sessions, p.secrets, p.digests, p.ids, p.clock), recorder,
                notifications, rateLimits, SESSIONS, PORTAL_LINKS);
        AuthorNames authors = new AuthorNames(p.operators, p.apiKeys, p.contacts);
        this.updates = UpdateFeature.wire(p.transactions, p.projects, p.updates, authors, recorder, notifications,
                p.ids, p.clock);
        this.comments = CommentFeature.wire(p.transactions, p.projects, p.tasks, p.comments, p.requestClocks, authors,
                recorder, p.ids, p.clock);
        this.attachments = AttachmentFeature.wire(new AttachmentFeature.Ports(p.transactions, p.tenants, p.tasks,
                        p.updates, p.comments, p.asks, p.projects, p.attachments, p.blobs, p.sniffer, p.ids, p.clock), authors,
                recorder, new DownloadLinks(new Sha256LinkSigner(1), Duration.ofMinutes(15), PORTAL_LINKS.publicUrl()));
        this.search = SearchFeature.wire(p.transactions, p.search);
        this.asks = AskFeature.wire(new AskFeature.Ports(p.transactions, p.tenants, p.clients, p.contacts, p.projects,
                p.tasks, p.updates, p.asks, p.requestClocks, p.slaSettings, p.drafts, p.ids, p.clock), authors, recorder,
                notifications);
        this.capacity = CapacityFeature.wire(new CapacityFeature.Ports(p.transactions, p.clients, p.projects, p.tasks,
                p.operators, p.timeEntries, p.budgets, p.ids, p.clock), recorder, notifications);
        this.sla = SlaFeature.wire(p.transactions, p.slaSettings, recorder);
        this.agenda = AgendaFeature.wire(p.transactions, p.agenda, p.slaSettings, p.clock);
        this.handoff = HandoffFeature.wire(new GetHandoff.Ports(p.transactions, p.clients, p.auditTrail, p.contacts,
                p.projects, p.tasks, p.asks, p.updates, p.docsRecords), p.requestClocks, p.slaSettings, p.budgets, p.timeEntries,
                p.clock);
        this.reports = ReportFeature.wire(new ReportFeature.Ports(p.transactions, p.tenants, p.clients, p.projects,
                p.contacts, p.reports, p.reportSources, p.reportWriter, p.timeEntries, p.budgets, p.ids, p.clock),
                p.slaSettings, recorder, notifications);
        this.notifications = NotificationFeature.wire(p.transactions, p.outbox);
        this.metrics = MetricFeature.wire(p.transactions, p.projects, p.metrics, p.slaSettings, recorder, p.clock);
        this.queue = QueueFeature.wire(new QueueFeature.Ports(p.transactions, p.workQueue, p.requestClocks,
                p.slaSettings, p.operators, p.tasks, p.slaAlerts, p.clock), recorder, notifications);
        this.jobs = JobFeature.wire(new JobFeature.Ports(p.transactions, p.jobTargets, p.jobRuns, p.tenants,
                p.clients, p.operators, p.checkpoints, p.slaSettings, p.outbox, p.clock), new JobFeature.Work(
                attachments.removeOrphanedBlobs(), queue.getDigest(), queue.raiseSlaAlerts(), tasks.newTasks(),
                notifications), recorder, "test-process");
        this.checkpoints = CheckpointFeature.wire(p.transactions, p.projects, p.checkpoints, p.slaSettings, recorder,
                p.ids, p.clock);
        this.docs = DocsFeature.wire(new DocsFeature.Ports(p.transactions, p.tenants,
                p.clients, p.docsIntegrations, p.docsRecords, p.docsApi, p.webhookSignatures, p.ids, p.clock),
                recorder);
        this.audit = AuditFeature.wire(p.transactions, p.auditTrail);
        this.idempotency = new IdempotentRequests(p.transactions, p.idempotencyRecords, p.digests, p.clock,
                IdempotentRequests.DEFAULT_RETENTION);
    }

    public FakeFeatures() {
        this(new FakePorts());
    }
}
