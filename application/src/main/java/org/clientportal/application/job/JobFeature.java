package org.clientportal.application.job;

import java.util.List;
import org.clientportal.application.attachment.RemoveOrphanedBlobs;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.notification.Notifications;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.OperatorRepository;
import org.clientportal.application.port.OutboxRelayStore;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.TenantRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.queue.GetDigest;
import org.clientportal.application.queue.RaiseSlaAlerts;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.application.task.NewTasks;

/** Scheduled jobs: the jobs themselves, the runner that runs each slot once, and the record of their runs. */
public record JobFeature(List<Job> jobs, RunJob runJob, ListJobRuns listJobRuns) {

    /** The driven ports the jobs work through. */
    public record Ports(Transactions transactions, JobTargets targets, JobRuns runs, TenantRepository tenants,
                        ClientRepository clients, OperatorRepository operators, CheckpointRepository checkpoints,
                        SlaSettingsRepository slaSettings, OutboxRelayStore outbox, Clock clock) {
    }

    /** The other features' work the jobs do: the attachments' cleanup, the queue's digests, the hub's events. */
    public record Work(RemoveOrphanedBlobs cleanup, GetDigest digests, RaiseSlaAlerts slaAlerts, NewTasks newTasks,
                       Notifications notifications) {
    }

    /** {@code ranBy} names this process in the record of runs (a host and process id, say). */
    public static JobFeature wire(Ports p, Work work, AuditRecorder audit, String ranBy) {
        Transactions tx = p.transactions();
        SlaSettings settings = new SlaSettings(p.slaSettings());
        return new JobFeature(List.of(
                new OffboardStaleLeads(tx, p.targets(), p.clients(), p.runs(), audit, p.clock()),
                new StaleAttachmentsJob(work.cleanup()),
                new SendDailyDigests(tx, p.tenants(), p.operators(), settings, work.digests(), work.notifications(),
                        p.runs()),
                new SlaAlertsJob(tx, p.tenants(), work.slaAlerts(), p.runs()),
                new RecurringCheckpointsJob(tx, p.targets(), p.checkpoints(), work.newTasks(), settings, p.runs()),
                new OutboxSweeperJob(tx, p.outbox(), p.runs())),
                new RunJob(tx, p.runs(), p.clock(), ranBy), new ListJobRuns(tx, p.runs()));
    }
}
