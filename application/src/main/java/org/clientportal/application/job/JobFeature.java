package org.clientportal.application.job;

import java.util.List;
import org.clientportal.application.attachment.RemoveOrphanedBlobs;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.ClientRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.JobRuns;
import org.clientportal.application.port.JobTargets;
import org.clientportal.application.port.Transactions;

/** Scheduled jobs: the jobs themselves, the runner that runs each slot once, and the record of their runs. */
public record JobFeature(List<Job> jobs, RunJob runJob, ListJobRuns listJobRuns) {

    /** The driven ports the jobs work through. */
    public record Ports(Transactions transactions, JobTargets targets, JobRuns runs, ClientRepository clients,
                        Clock clock) {
    }

    /**
     * {@code cleanup} is the attachments' own (it is the stale-attachments job's work); {@code ranBy}
     * names this process in the record of runs (a host and process id, say).
     */
    public static JobFeature wire(Ports p, RemoveOrphanedBlobs cleanup, AuditRecorder audit, String ranBy) {
        Transactions tx = p.transactions();
        return new JobFeature(List.of(
                new OffboardStaleLeads(tx, p.targets(), p.clients(), p.runs(), audit, p.clock()),
                new StaleAttachmentsJob(cleanup)),
                new RunJob(tx, p.runs(), p.clock(), ranBy), new ListJobRuns(tx, p.runs()));
    }
}
