package org.clientportal.application.checkpoint;

import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.SlaSettingsRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.sla.SlaSettings;

/** Projects' recurring checkpoints: planned, listed and removed by operators, made tasks of by the scheduler. */
public record CheckpointFeature(PlanCheckpoint planCheckpoint, ListCheckpoints listCheckpoints,
                                RemoveCheckpoint removeCheckpoint) {

    public static CheckpointFeature wire(Transactions transactions, ProjectRepository projects,
                                         CheckpointRepository checkpoints, SlaSettingsRepository settings,
                                         AuditRecorder audit, IdSource ids, Clock clock) {
        return new CheckpointFeature(
                new PlanCheckpoint(transactions, projects, checkpoints, new SlaSettings(settings), audit, ids, clock),
                new ListCheckpoints(transactions, projects, checkpoints),
                new RemoveCheckpoint(transactions, checkpoints, audit));
    }
}
