package org.clientportal.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.clientportal.adapters.persistence.agenda.JooqAgenda;
import org.clientportal.adapters.persistence.checkpoint.JooqCheckpointRepository;
import org.clientportal.adapters.persistence.job.JooqJobRuns;
import org.clientportal.adapters.persistence.job.JooqJobTargets;
import org.clientportal.adapters.persistence.queue.JooqSlaAlerts;
import org.clientportal.adapters.persistence.metric.JooqProjectMetrics;
import org.clientportal.adapters.persistence.notification.JooqOutbox;
import org.clientportal.adapters.persistence.report.JooqReportRepository;
import org.clientportal.adapters.persistence.report.JooqReportSources;
import org.clientportal.adapters.persistence.apikey.JooqApiKeyRepository;
import org.clientportal.adapters.persistence.attachment.JooqAttachmentRepository;
import org.clientportal.adapters.persistence.audit.JooqAuditTrail;
import org.clientportal.adapters.persistence.capacity.JooqCapacityBudgetRepository;
import org.clientportal.adapters.persistence.capacity.JooqTimeEntryRepository;
import org.clientportal.adapters.persistence.client.JooqClientRepository;
import org.clientportal.adapters.persistence.docs.JooqDocsIntegrationRepository;
import org.clientportal.adapters.persistence.docs.JooqDocsRepository;
import org.clientportal.adapters.persistence.feed.JooqPortalFeed;
import org.clientportal.adapters.persistence.ask.JooqAskRepository;
import org.clientportal.adapters.persistence.comment.JooqCommentRepository;
import org.clientportal.adapters.persistence.contact.JooqContactRepository;
import org.clientportal.adapters.persistence.contact.JooqPortalLinkRepository;
import org.clientportal.adapters.persistence.idempotency.JooqIdempotencyRecords;
import org.clientportal.adapters.persistence.operator.JooqOperatorRepository;
import org.clientportal.adapters.persistence.project.JooqProjectRepository;
import org.clientportal.adapters.persistence.task.JooqTaskRepository;
import org.clientportal.adapters.persistence.tenant.JooqTenantRepository;
import org.clientportal.adapters.persistence.search.JooqSearchIndex;
import org.clientportal.adapters.persistence.sla.JooqRequestClockRepository;
import org.clientportal.adapters.persistence.queue.JooqWorkQueue;
import org.clientportal.adapters.persistence.sla.JooqSlaSettingsRepository;
import org.clientportal.adapters.persistence.update.JooqUpdateRepository;
import org.clientportal.adapters.persistence.generated.Routines;
import org.clientportal.adapters.persistence.transaction.CurrentTransaction;
import org.clientportal.adapters.persistence.transaction.JooqTransactions;
import org.clientportal.application.port.Agenda;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.SlaAlerts;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.ReadinessCheck;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.WorkQueue;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.port.UpdateRepository;

/**
 * The persistence adapter as bootstrap sees it: {@link #start} prepares PostgreSQL and opens the
 * pool; the accessors hand out the port implementations, all sharing that pool; {@link #close}
 * closes it. Repositories work only inside {@link #transactions()}.
 */
public final class PostgresPersistence implements AutoCloseable {

    static {
        // jOOQ's banner and tips would greet every start in the service log.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final HikariDataSource pool;
    private final Transactions transactions;
    private final ReadinessCheck readiness;
    private final TenantRepository tenants = new JooqTenantRepository();
    private final OperatorRepository operators = new JooqOperatorRepository();
    private final ClientRepository clients = new JooqClientRepository();
    private final ProjectRepository projects = new JooqProjectRepository();
    private final TaskRepository tasks = new JooqTaskRepository();
    private final ApiKeyRepository apiKeys = new JooqApiKeyRepository();
    private final ContactRepository contacts = new JooqContactRepository();
    private final PortalLinkRepository portalLinks = new JooqPortalLinkRepository();
    private final UpdateRepository updates = new JooqUpdateRepository();
    private final AttachmentRepository attachments = new JooqAttachmentRepository();
    private final CommentRepository comments = new JooqCommentRepository();
    private final AskRepository asks = new JooqAskRepository();
    private final TimeEntryRepository timeEntries = new JooqTimeEntryRepository();
    private final CapacityBudgetRepository budgets = new JooqCapacityBudgetRepository();
    private final RequestClockRepository requestClocks = new JooqRequestClockRepository();
    private final SlaSettingsRepository slaSettings = new JooqSlaSettingsRepository();
    private final WorkQueue workQueue = new JooqWorkQueue();
    private final Agenda agenda = new JooqAgenda();
    private final ReportRepository reports = new JooqReportRepository();
    private final ReportSources reportSources = new JooqReportSources();
    private final ProjectMetrics metrics = new JooqProjectMetrics();
    private final JooqOutbox outbox = new JooqOutbox();
    private final JobRuns jobRuns = new JooqJobRuns();
    private final JobTargets jobTargets = new JooqJobTargets();
    private final SlaAlerts slaAlerts = new JooqSlaAlerts();
    private final CheckpointRepository checkpoints = new JooqCheckpointRepository();
    private final DocsIntegrationRepository docsIntegrations = new JooqDocsIntegrationRepository();
    private final DocsRepository docsRecords = new JooqDocsRepository();
    private final SearchIndex search = new JooqSearchIndex();
    private final PortalFeed feed = new JooqPortalFeed();
    private final AuditTrail auditTrail = new JooqAuditTrail();
    private final IdempotencyRecords idempotencyRecords = new JooqIdempotencyRecords();

    private PostgresPersistence(HikariDataSource pool) {
        this.pool = pool;
        this.transactions = new JooqTransactions(RuntimeDsl.over(pool));
        this.readiness = new DatabaseReadiness(pool);
    }

    /**
     * Creates the database if missing, creates the runtime role if missing, migrates the schema and
     * grants the runtime role its privileges (all as the admin role, whose connections are closed
     * again), then opens the pool as the runtime role, reporting to {@code meters}.
     *
     * @throws DatabaseUnreachable when PostgreSQL cannot be reached or refuses the login
     */
    public static PostgresPersistence start(PersistenceSettings settings, MeterRegistry meters) {
        new DatabaseSetup(settings).run();
        return new PostgresPersistence(RuntimePool.open(settings, meters));
    }

    public Transactions transactions() {
        return transactions;
    }

    public TenantRepository tenants() {
        return tenants;
    }

    public OperatorRepository operators() {
        return operators;
    }

    public ClientRepository clients() {
        return clients;
    }

    public ProjectRepository projects() {
        return projects;
    }

    public RequestClockRepository requestClocks() {
        return requestClocks;
    }

    public SlaSettingsRepository slaSettings() {
        return slaSettings;
    }

    public WorkQueue workQueue() {
        return workQueue;
    }

    public Agenda agenda() {
        return agenda;
    }

    public ReportRepository reports() {
        return reports;
    }

    public ReportSources reportSources() {
        return reportSources;
    }

    public ProjectMetrics metrics() {
        return metrics;
    }

    /** The outbox changes write their events to. */
    public Outbox outbox() {
        return outbox;
    }

    public JobRuns jobRuns() {
        return jobRuns;
    }

    public JobTargets jobTargets() {
        return jobTargets;
    }

    public SlaAlerts slaAlerts() {
        return slaAlerts;
    }

    public CheckpointRepository checkpoints() {
        return checkpoints;
    }

    public DocsIntegrationRepository docsIntegrations() {
        return docsIntegrations;
    }

    public DocsRepository docsRecords() {
        return docsRecords;
    }

    /** The pool the scheduler keeps its schedule through (jobs.scheduled_tasks, no tenant's rows). */
    public DataSource dataSource() {
        return pool;
    }

    /** The relay's path through the outbox, across tenants. */
    public OutboxRelayStore outboxRelay() {
        return outbox;
    }

    public TaskRepository tasks() {
        return tasks;
    }

    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public PortalLinkRepository portalLinks() {
        return portalLinks;
    }

    public UpdateRepository updates() {
        return updates;
    }

    public AttachmentRepository attachments() {
        return attachments;
    }

    public AskRepository asks() {
        return asks;
    }

    public TimeEntryRepository timeEntries() {
        return timeEntries;
    }

    public CapacityBudgetRepository budgets() {
        return budgets;
    }

    public CommentRepository comments() {
        return comments;
    }

    public SearchIndex search() {
        return search;
    }

    public PortalFeed feed() {
        return feed;
    }

    public AuditTrail auditTrail() {
        return auditTrail;
    }

    public IdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    /**
     * The key download links are signed with: drawn once by the database's migration, so the same on
     * every replica. Read once at start, outside any tenant, through the only function that may.
     */
    public byte[] fileLinkKey() {
        return transactions.outsideTenant(() -> CurrentTransaction.dsl().select(Routines.fileLinkKey()).fetchSingle()
                .value1());
    }

    /** "database": a {@code select 1} within a short timeout; never throws. */
    public ReadinessCheck readiness() {
        return readiness;
    }

    @Override
    public void close() {
        pool.close();
    }
}
