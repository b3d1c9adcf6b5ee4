package org.clientportal.application.fakes;

/** Every driven port as an in-memory fake, with a fixed clock and sequential ids. */
public final class FakePorts {

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryTenantRepository tenants = new InMemoryTenantRepository(transactions);
    public final InMemoryOperatorRepository operators = new InMemoryOperatorRepository(transactions);
    public final InMemoryClientRepository clients = new InMemoryClientRepository(transactions);
    public final InMemoryProjectRepository projects = new InMemoryProjectRepository(transactions);
    public final InMemoryTaskRepository tasks = new InMemoryTaskRepository(transactions, operators, projects);
    public final InMemoryUpdateRepository updates = new InMemoryUpdateRepository(transactions, projects);
    public final InMemoryCommentRepository comments = new InMemoryCommentRepository(transactions);
    public final InMemoryPortalFeed feed = new InMemoryPortalFeed(projects, tasks, updates, comments);
    public final InMemoryAskRepository asks = new InMemoryAskRepository(transactions, tasks, projects);
    public final InMemoryAttachmentRepository attachments = new InMemoryAttachmentRepository(transactions, projects,
            tasks, updates, comments, asks);
    public final InMemorySearchIndex search = new InMemorySearchIndex(clients, projects, tasks, updates, comments, asks);
    public final InMemoryContactRepository contacts = new InMemoryContactRepository(transactions, clients);
    public final InMemoryPortalLinkRepository portalLinks = new InMemoryPortalLinkRepository(transactions);
    public final InMemoryApiKeyRepository apiKeys = new InMemoryApiKeyRepository(transactions, operators);
    public final InMemoryTimeEntryRepository timeEntries = new InMemoryTimeEntryRepository(transactions);
    public final InMemoryCapacityBudgetRepository budgets = new InMemoryCapacityBudgetRepository(transactions);
    public final InMemoryRequestClockRepository requestClocks = new InMemoryRequestClockRepository(transactions);
    public final InMemorySlaSettingsRepository slaSettings = new InMemorySlaSettingsRepository(transactions);
    public final InMemoryReportRepository reports = new InMemoryReportRepository(transactions);
    public final InMemoryDocsRepository docsRecords = new InMemoryDocsRepository(transactions);
    public final InMemoryWorkQueue workQueue = new InMemoryWorkQueue(transactions, tasks, asks, budgets, clients,
            reports, docsRecords);
    public final InMemoryAgenda agenda = new InMemoryAgenda(clients, projects, tasks, reports, docsRecords);
    public final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    public final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords(transactions);
    public final InMemorySessions sessions = new InMemorySessions();
    public final CountingRateLimiter rateLimiter = new CountingRateLimiter();
    public final FixedClock clock = new FixedClock();
    public final InMemoryBlobStore blobs = new InMemoryBlobStore(clock);
    public final MagicPrefixSniffer sniffer = new MagicPrefixSniffer();
    public final SequenceIds ids = new SequenceIds();
    public final SequenceSecrets secrets = new SequenceSecrets();
    public final PlainTextHasher passwords = new PlainTextHasher();
    public final ReversedDigests digests = new ReversedDigests();
    public final PlainReplyDrafts drafts = new PlainReplyDrafts();
    public final PlainReportWriter reportWriter = new PlainReportWriter();
    public final InMemoryProjectMetrics metrics = new InMemoryProjectMetrics(transactions);
    public final InMemoryReportSources reportSources = new InMemoryReportSources(projects, tasks, updates, metrics);
    public final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    public final InMemoryJobRuns jobRuns = new InMemoryJobRuns(transactions);
    public final InMemorySlaAlerts slaAlerts = new InMemorySlaAlerts(transactions);
    public final InMemoryCheckpointRepository checkpoints = new InMemoryCheckpointRepository(transactions);
    public final InMemoryJobTargets jobTargets = new InMemoryJobTargets(clients, checkpoints);
    public final InMemoryDocsIntegrationRepository docsIntegrations = new InMemoryDocsIntegrationRepository(transactions);
    public final FakeDocsApi docsApi = new FakeDocsApi();
    public final PlainWebhookSignatures webhookSignatures = new PlainWebhookSignatures();
}
