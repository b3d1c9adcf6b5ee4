package org.clientportal.application.checkpoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.clientportal.application.audit.AuditRecorder;
import org.clientportal.application.port.CheckpointRepository;
import org.clientportal.application.port.Clock;
import org.clientportal.application.port.IdSource;
import org.clientportal.application.port.ProjectRepository;
import org.clientportal.application.port.Transactions;
import org.clientportal.application.shared.Actor;
import org.clientportal.application.shared.Dates;
import org.clientportal.application.sla.SlaSettings;
import org.clientportal.domain.checkpoint.Cadence;
import org.clientportal.domain.checkpoint.Checkpoint;
import org.clientportal.domain.checkpoint.CheckpointId;
import org.clientportal.domain.checkpoint.CheckpointRules;
import org.clientportal.domain.operator.Permission;
import org.clientportal.domain.project.Project;
import org.clientportal.domain.project.ProjectId;
import org.clientportal.domain.shared.NotFound;
import org.clientportal.domain.shared.StatusNames;
import org.clientportal.domain.shared.Validation;
import org.clientportal.domain.shared.Visibility;

/** An operator gives a project a recurring checkpoint, which the scheduler makes a task of on each of its days. */
public final class PlanCheckpoint {

    private final Transactions transactions;
    private final ProjectRepository projects;
    private final CheckpointRepository checkpoints;
    private final SlaSettings settings;
    private final AuditRecorder audit;
    private final IdSource ids;
    private final Clock clock;

    PlanCheckpoint(Transactions transactions, ProjectRepository projects, CheckpointRepository checkpoints,
                   SlaSettings settings, AuditRecorder audit, IdSource ids, Clock clock) {
        this.transactions = transactions;
        this.projects = projects;
        this.checkpoints = checkpoints;
        this.settings = settings;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    public Checkpoint execute(Actor actor, PlanCheckpointCommand command) {
        actor.require(Permission.WRITE);
        ProjectId projectId = ProjectId.parse(command.projectId());
        Validation v = new Validation();
        String title = v.requiredText("title", command.title(), Checkpoint.TITLE_MAX);
        Cadence.Every every = v.required("every", command.every(), raw -> StatusNames.parse(Cadence.Every.class, raw));
        Optional<LocalDate> startsOn = v.optional("startsOn", command.startsOn(), Dates::parse);
        Visibility visibility = v.optional("visibility", command.visibility(),
                raw -> StatusNames.parse(Visibility.class, raw)).orElse(Visibility.INTERNAL);
        v.done();
        Cadence cadence = v.required("on", command.on(), raw -> cadence(every, raw));
        v.done();
        return transactions.inTenant(actor.tenantId(), () -> {
            Project project = projects.find(actor.tenantId(), projectId)
                    .orElseThrow(() -> new NotFound("project", command.projectId()));
            CheckpointRules.mayPlan(checkpoints.ofProject(actor.tenantId(), projectId).size()).ifPresent(r -> {
                throw r.toError();
            });
            LocalDate today = settings.hoursOf(actor.tenantId()).dayOf(clock.now());
            Checkpoint checkpoint = Checkpoint.plan(new CheckpointId(ids.next()), actor.tenantId(), projectId,
                    project.clientId(), title, cadence, visibility, startsOn.orElse(today), actor.principal().name(),
                    clock.now());
            checkpoints.add(checkpoint);
            audit.created(actor, "checkpoint.planned", "project", projectId, CheckpointSnapshot.of(checkpoint));
            return checkpoint;
        });
    }

    private static Cadence cadence(Cadence.Every every, String raw) {
        if (every == Cadence.Every.WEEK) {
            try {
                return Cadence.weekly(DayOfWeek.valueOf(raw.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("must be a weekday, such as friday");
            }
        }
        try {
            return Cadence.monthly(Integer.parseInt(raw.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a day of the month from 1 to " + Cadence.DAY_OF_MONTH_MAX);
        }
    }
}
