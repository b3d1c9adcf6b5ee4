package org.clientportal.bootstrap;

import org.clientportal.adapters.crypto.HmacSha256WebhookSignatures;
import org.clientportal.adapters.crypto.SecureRandomSecrets;
import org.clientportal.adapters.docs.HttpDocsApi;
import org.clientportal.adapters.docs.ResilientDocsApi;
import org.clientportal.adapters.docs.UnconfiguredDocsApi;
import org.clientportal.adapters.files.TikaContentSniffer;
import org.clientportal.adapters.drafts.MustacheReplyDrafts;
import org.clientportal.adapters.drafts.MustacheReportWriter;
import org.clientportal.adapters.persistence.PostgresPersistence;
import org.clientportal.adapters.redis.OperationalState;
import org.clientportal.application.agenda.AgendaFeature;
import org.clientportal.application.apikey.ApiKeyFeature;
import org.clientportal.application.ask.AskFeature;
import org.clientportal.application.attachment.AttachmentFeature;
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
import org.clientportal.application.port.BlobStore;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.Digests;
import org.clientportal.application.port.DocsApi;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.PasswordHasher;
import org.clientportal.application.port.SecretSource;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.portal.PortalFeature;
import org.clientportal.application.project.ProjectFeature;
import org.clientportal.application.report.ReportFeature;
import org.clientportal.application.queue.QueueFeature;
import org.clientportal.application.search.SearchFeature;
import org.clientportal.application.session.SessionFeature;
import org.clientportal.application.session.SessionLifetime;
import org.clientportal.application.shared.AuthorNames;
import org.clientportal.application.shared.RateLimits;
import org.clientportal.application.sla.SlaFeature;
import org.clientportal.application.task.TaskFeature;
import org.clientportal.application.tenant.TenantFeature;
import org.clientportal.application.update.UpdateFeature;

/** Every feature of the application, each wired with just the ports it takes: one line per feature. */
record Features(TenantFeature tenants, SessionFeature sessions, ApiKeyFeature apiKeys, OperatorFeature operators,
                ClientFeature clients, ProjectFeature projects, TaskFeature tasks, ContactFeature contacts,
                PortalFeature portal, UpdateFeature updates, CommentFeature comments, AttachmentFeature attachments,
                SearchFeature search, AskFeature asks, CapacityFeature capacity, SlaFeature sla, QueueFeature queue,
                AgendaFeature agenda, HandoffFeature handoff, ReportFeature reports, MetricFeature metrics,
                NotificationFeature notifications, JobFeature jobs, CheckpointFeature checkpoints,
                DocsFeature docs, AuditFeature audit,
                IdempotentRequests idempotency) {

    static Features wire(PostgresPersistence db, OperationalState state, BlobStore blobs, Digests digests,
                         PasswordHasher passwords, Clock clock, PortalConfig config) {
        SessionLifetime sessionLifetime = config.sessionLifetime();
        Transactions tx = db.transactions();
        IdSource ids = new UuidV7Ids(clock);
        SecretSource secrets = new SecureRandomSecrets();
        AuditRecorder audit = new AuditRecorder(db.auditTrail(), ids, clock);
        RateLimits limits = new RateLimits(state.rateLimiter(), digests);
        AuthorNames authors = new AuthorNames(db.operators(), db.apiKeys(), db.contacts());
        Notifications notifications = new Notifications(db.outbox(), ids, clock);
        AttachmentFeature attachments = AttachmentFeature.wire(new AttachmentFeature.Ports(tx, db.tenants(), db.tasks(),
                        db.updates(), db.comments(), db.asks(), db.projects(), db.attachments(), blobs,
                        new TikaContentSniffer(), ids, clock), authors, audit,
                config.fileLinks().downloadLinks(db::fileLinkKey, config.portalLinks().publicUrl()));
        TaskFeature tasks = TaskFeature.wire(tx, db.clients(), db.projects(), db.operators(), db.tasks(), audit,
                notifications, db.requestClocks(), db.slaSettings(), ids, clock);
        QueueFeature queue = QueueFeature.wire(new QueueFeature.Ports(tx, db.workQueue(), db.requestClocks(),
                db.slaSettings(), db.operators(), db.tasks(), db.slaAlerts(), clock), audit, notifications);
        return new Features(
                TenantFeature.wire(tx, db.tenants(), db.operators(), audit, passwords, limits, ids, clock),
                SessionFeature.wire(tx, db.tenants(), db.operators(), state.sessions(), passwords, secrets, limits,
                        clock, sessionLifetime),
                ApiKeyFeature.wire(tx, db.apiKeys(), audit, secrets, digests, ids, clock),
                OperatorFeature.wire(tx, db.operators(), db.apiKeys(), state.sessions(), audit, passwords, ids, clock),
                ClientFeature.wire(tx, db.tenants(), db.clients(), db.projects(), db.tasks(), audit, limits, ids, clock),
                ProjectFeature.wire(tx, db.clients(), db.projects(), db.tasks(), audit, notifications, ids, clock),
                tasks,
                ContactFeature.wire(tx, db.clients(), db.contacts(), db.portalLinks(), state.sessions(), audit, ids,
                        clock),
                PortalFeature.wire(new PortalFeature.Ports(tx, db.tenants(), db.clients(), db.contacts(),
                        db.portalLinks(), db.projects(), db.tasks(), db.updates(), db.feed(), state.sessions(), secrets, digests, ids, clock),
                        audit, notifications, limits, sessionLifetime, config.portalLinks()),
                UpdateFeature.wire(tx, db.projects(), db.updates(), authors, audit, notifications, ids, clock),
                CommentFeature.wire(tx, db.projects(), db.tasks(), db.comments(), db.requestClocks(), authors, audit,
                        ids, clock),
                attachments,
                SearchFeature.wire(tx, db.search()),
                AskFeature.wire(new AskFeature.Ports(tx, db.tenants(), db.clients(), db.contacts(), db.projects(),
                        db.tasks(), db.updates(), db.asks(), db.requestClocks(), db.slaSettings(), new MustacheReplyDrafts(), ids,
                        clock), authors, audit, notifications),
                CapacityFeature.wire(new CapacityFeature.Ports(tx, db.clients(), db.projects(), db.tasks(),
                        db.operators(), db.timeEntries(), db.budgets(), ids, clock), audit, notifications),
                SlaFeature.wire(tx, db.slaSettings(), audit),
                queue,
                AgendaFeature.wire(tx, db.agenda(), db.slaSettings(), clock),
                HandoffFeature.wire(new GetHandoff.Ports(tx, db.clients(), db.auditTrail(), db.contacts(),
                                db.projects(), db.tasks(), db.asks(), db.updates(), db.docsRecords()), db.requestClocks(), db.slaSettings(),
                        db.budgets(), db.timeEntries(), clock),
                ReportFeature.wire(new ReportFeature.Ports(tx, db.tenants(), db.clients(), db.projects(), db.contacts(),
                        db.reports(), db.reportSources(), new MustacheReportWriter(), db.timeEntries(), db.budgets(), ids,
                        clock), db.slaSettings(), audit, notifications),
                MetricFeature.wire(tx, db.projects(), db.metrics(), db.slaSettings(), audit, clock),
                NotificationFeature.wire(tx, db.outbox()),
                JobFeature.wire(new JobFeature.Ports(tx, db.jobTargets(), db.jobRuns(), db.tenants(), db.clients(),
                        db.operators(), db.checkpoints(), db.slaSettings(), db.outboxRelay(), clock),
                        new JobFeature.Work(attachments.removeOrphanedBlobs(), queue.getDigest(),
                                queue.raiseSlaAlerts(), tasks.newTasks(), notifications),
                        audit, ProcessName.current()),
                CheckpointFeature.wire(tx, db.projects(), db.checkpoints(), db.slaSettings(), audit, ids, clock),
                DocsFeature.wire(new DocsFeature.Ports(tx, db.tenants(), db.clients(), db.docsIntegrations(),
                        db.docsRecords(), docsApi(config), new HmacSha256WebhookSignatures(), ids, clock), audit),
                AuditFeature.wire(tx, db.auditTrail()),
                new IdempotentRequests(tx, db.idempotencyRecords(), digests, clock, config.idempotencyRetention()));
    }

    /** The pulls' client: off (503) without PORTAL_DOCS_URL, else over HTTP with retries and a circuit breaker. */
    private static DocsApi docsApi(PortalConfig config) {
        return config.docs().<DocsApi>map(settings -> new ResilientDocsApi(new HttpDocsApi(settings), settings))
                .orElseGet(UnconfiguredDocsApi::new);
    }
}
