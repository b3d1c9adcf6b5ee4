package org.clientportal.application.contract;

import java.util.Objects;
import org.clientportal.application.fakes.InMemoryAgenda;
import org.clientportal.application.fakes.InMemoryApiKeyRepository;
import org.clientportal.application.fakes.InMemoryAskRepository;
import org.clientportal.application.fakes.InMemoryAttachmentRepository;
import org.clientportal.application.fakes.InMemoryAuditTrail;
import org.clientportal.application.fakes.InMemoryCapacityBudgetRepository;
import org.clientportal.application.fakes.InMemoryCheckpointRepository;
import org.clientportal.application.fakes.InMemoryClientRepository;
import org.clientportal.application.fakes.InMemoryCommentRepository;
import org.clientportal.application.fakes.InMemoryContactRepository;
import org.clientportal.application.fakes.InMemoryDocsIntegrationRepository;
import org.clientportal.application.fakes.InMemoryDocsRepository;
import org.clientportal.application.fakes.InMemoryIdempotencyRecords;
import org.clientportal.application.fakes.InMemoryJobTargets;
import org.clientportal.application.fakes.InMemoryOperatorRepository;
import org.clientportal.application.fakes.InMemoryPortalFeed;
import org.clientportal.application.fakes.InMemoryPortalLinkRepository;
import org.clientportal.application.fakes.InMemorySearchIndex;
import org.clientportal.application.fakes.InMemoryOutbox;
import org.clientportal.application.fakes.InMemoryProjectMetrics;
import org.clientportal.application.fakes.InMemoryProjectRepository;
import org.clientportal.application.fakes.InMemoryReportRepository;
import org.clientportal.application.fakes.InMemoryReportSources;
import org.clientportal.application.fakes.InMemoryRequestClockRepository;
import org.clientportal.application.fakes.InMemorySlaSettingsRepository;
import org.clientportal.application.fakes.InMemoryTaskRepository;
import org.clientportal.application.fakes.InMemoryTenantRepository;
import org.clientportal.application.fakes.InMemoryTimeEntryRepository;
import org.clientportal.application.fakes.InMemoryTransactions;
import org.clientportal.application.fakes.InMemoryUpdateRepository;
import org.clientportal.application.fakes.InMemoryWorkQueue;
import org.clientportal.application.port.Agenda;
import org.clientportal.application.port.ApiKeyRepository;
import org.clientportal.application.port.AskRepository;
import org.clientportal.application.port.AttachmentRepository;
import org.clientportal.application.port.AuditTrail;
import org.clientportal.application.port.CapacityBudgetRepository;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.CommentRepository;
import org.clientportal.application.port.ContactRepository;
import org.clientportal.application.port.DocsIntegrationRepository;
import org.clientportal.application.port.DocsRepository;
import org.clientportal.application.port.IdempotencyRecords;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.PortalFeed;
import org.clientportal.application.port.PortalLinkRepository;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Outbox;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.port.ProjectMetrics;
import org.clientportal.application.port.ReportRepository;
import org.clientportal.application.port.ReportSources;
import org.clientportal.application.port.RequestClockRepository;
import org.clientportal.application.port.SearchIndex;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TaskRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.TimeEntryRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.port.UpdateRepository;
import org.clientportal.application.port.WorkQueue;

/** The ports a storage implements, all backed by the same store: what the contracts exercise. */
public record StoragePorts(Transactions transactions, TenantRepository tenants, OperatorRepository operators,
                           ClientRepository clients, ProjectRepository projects, TaskRepository tasks,
                           ApiKeyRepository apiKeys, ContactRepository contacts, PortalLinkRepository portalLinks,
                           UpdateRepository updates, AttachmentRepository attachments, CommentRepository comments,
                           SearchIndex search, PortalFeed feed,
                           AuditTrail auditTrail, IdempotencyRecords idempotencyRecords, AskRepository asks,
                           TimeEntryRepository timeEntries, CapacityBudgetRepository budgets,
                           RequestClockRepository requestClocks, SlaSettingsRepository slaSettings,
                           WorkQueue workQueue, Agenda agenda, ReportRepository reports,
                           ReportSources reportSources, ProjectMetrics metrics, Outbox outbox,
                           OutboxRelayStore outboxRelay, CheckpointRepository checkpoints,
                           JobTargets jobTargets, DocsIntegrationRepository docsIntegrations,
                           DocsRepository docsRecords) {

    public StoragePorts {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(operators, "operators");
        Objects.requireNonNull(clients, "clients");
        Objects.requireNonNull(projects, "projects");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(apiKeys, "apiKeys");
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(portalLinks, "portalLinks");
        Objects.requireNonNull(updates, "updates");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(auditTrail, "auditTrail");
        Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
        Objects.requireNonNull(asks, "asks");
        Objects.requireNonNull(timeEntries, "timeEntries");
        Objects.requireNonNull(budgets, "budgets");
        Objects.requireNonNull(requestClocks, "requestClocks");
        Objects.requireNonNull(slaSettings, "slaSettings");
        Objects.requireNonNull(workQueue, "workQueue");
        Objects.requireNonNull(agenda, "agenda");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(reportSources, "reportSources");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(outboxRelay, "outboxRelay");
        Objects.requireNonNull(checkpoints, "checkpoints");
        Objects.requireNonNull(jobTargets, "jobTargets");
        Objects.requireNonNull(docsIntegrations, "docsIntegrations");
        Objects.requireNonNull(docsRecords, "docsRecords");
    }

    /** A fresh set of the in-memory fakes the use-case tests run on. */
    public static StoragePorts inMemory() {
        InMemoryTransactions transactions = new InMemoryTransactions();
        InMemoryOperatorRepository operators = new InMemoryOperatorRepository(transactions);
        InMemoryProjectRepository projects = new InMemoryProjectRepository(transactions);
        InMemoryClientRepository clients = new InMemoryClientRepository(transactions);
        InMemoryTaskRepository tasks = new InMemoryTaskRepository(transactions, operators, projects);
        InMemoryUpdateRepository updates = new InMemoryUpdateRepository(transactions, projects);
        InMemoryCommentRepository comments = new InMemoryCommentRepository(transactions);
        InMemoryAskRepository asks = new InMemoryAskRepository(transactions, tasks, projects);
        InMemoryCapacityBudgetRepository budgets = new InMemoryCapacityBudgetRepository(transactions);
        InMemoryReportRepository reports = new InMemoryReportRepository(transactions);
        InMemoryOutbox outbox = new InMemoryOutbox(transactions);
        InMemoryProjectMetrics metrics = new InMemoryProjectMetrics(transactions);
        InMemoryCheckpointRepository checkpoints = new InMemoryCheckpointRepository(transactions);
        InMemoryDocsRepository docs = new InMemoryDocsRepository(transactions);
        return new StoragePorts(transactions, new InMemoryTenantRepository(transactions), operators,
                clients, projects, tasks,
                new InMemoryApiKeyRepository(transactions, operators),
                new InMemoryContactRepository(transactions, clients), new InMemoryPortalLinkRepository(transactions),
                updates, new InMemoryAttachmentRepository(transactions, projects, tasks, updates, comments, asks), comments,
                new InMemorySearchIndex(clients, projects, tasks, updates, comments, asks),
                new InMemoryPortalFeed(projects, tasks, updates, comments),
                new InMemoryAuditTrail(transactions), new InMemoryIdempotencyRecords(transactions), asks,
                new InMemoryTimeEntryRepository(transactions), budgets,
                new InMemoryRequestClockRepository(transactions), new InMemorySlaSettingsRepository(transactions),
                new InMemoryWorkQueue(transactions, tasks, asks, budgets, clients, reports, docs),
                new InMemoryAgenda(clients, projects, tasks, reports, docs), reports,
                new InMemoryReportSources(projects, tasks, updates, metrics), metrics,
                outbox, outbox, checkpoints, new InMemoryJobTargets(clients, checkpoints),
                new InMemoryDocsIntegrationRepository(transactions), docs);
    }
}
